import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { readSyncOverview } from '../../../src/db/sync-repo';
import { openSyncContext, pullChanges, pushOwnFile, runSync } from '../../../src/sync/sync-run';
import { createOrOpenVault } from '../../../src/sync/vault';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startIgnoringDavServer, type CredentialServer } from '../../support/other-servers';
import { SimulatedDevices } from '../../support/simulated-devices';
import { FAST_KDF } from '../../support/sync-fixtures';
import { expectSameData, setUpSync, statuses, syncOk, tick, writeNote } from './driver-helpers';

// The negative control for the driver: a server (webdav-server) that ignores If-Match and
// If-None-Match. Nothing in a sync relies on them, because each file has one writer.
let server: CredentialServer;
let devices: SimulatedDevices;
let folderCount = 0;
let folder = '';

beforeAll(async () => {
  server = await startIgnoringDavServer();
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  devices = new SimulatedDevices();
  folderCount += 1;
  folder = `ignoring-${folderCount}/healthcare-ai-roadmap-tracker`;
  await createWebDavStore(server).ensureFolder(`ignoring-${folderCount}`);
});

async function pausedBetweenMergeAndUpload(name: string) {
  await devices.use(name);
  const context = await openSyncContext();
  if (!context) throw new Error('not configured');
  const pulled = await pullChanges(context, Date.now());
  if (pulled.status !== 'pulled') throw new Error(`no pull: ${pulled.status}`);
  return async () => {
    await devices.use(name);
    await pushOwnFile(context, pulled, Date.now());
  };
}

describe('syncing through a server that ignores If-Match', () => {
  it('loses nothing when devices sync in overlapping rounds', async () => {
    await devices.as('laptop', () => setUpSync(server, 'Laptop', folder, 'create'));
    await devices.as('phone', () => setUpSync(server, 'Phone', folder, 'join'));
    await devices.as('tablet', () => setUpSync(server, 'Tablet', folder, 'join'));
    for (let round = 1; round <= 3; round += 1) {
      await devices.as('laptop', () => tick(`laptop-${round}`));
      await devices.as('phone', () => tick(`phone-${round}`));
      await devices.as('tablet', () => writeNote(`tablet-${round}`, `round ${round}`));
      // Each device is stopped after its merge while the next one runs a whole sync.
      const finishLaptop = await pausedBetweenMergeAndUpload('laptop');
      const finishPhone = await pausedBetweenMergeAndUpload('phone');
      await devices.as('tablet', syncOk);
      await finishPhone();
      await finishLaptop();
    }
    for (let pass = 0; pass < 2; pass += 1) for (const name of ['laptop', 'phone', 'tablet']) await devices.as(name, syncOk);
    const expected = Object.fromEntries([1, 2, 3].flatMap((round) => [`laptop-${round}`, `phone-${round}`].map((id) => [id, 'done'])));
    expect(await devices.as('tablet', statuses)).toEqual(expected);
    expect(await devices.as('laptop', () => db.notes.count())).toBe(3);
    await expectSameData(devices, ['laptop', 'phone', 'tablet']);
  });

  it('stops a device whose vault was replaced by a second set-up, and keeps its data', async () => {
    await devices.use('laptop');
    await setUpSync(server, 'Laptop', folder, 'create');
    await tick('mine');
    await syncOk();
    // Another device set up a vault of its own in the same folder; this server let it replace ours.
    const store = createWebDavStore(server);
    await store.delete(`${folder}/vault.json`);
    await createOrOpenVault(store, folder, 'another passphrase', FAST_KDF);
    expect(await runSync()).toMatchObject({ status: 'failed', kind: 'vault-replaced' });
    expect(await statuses()).toEqual({ mine: 'done' });
    expect((await readSyncOverview()).status.failure?.message).toMatch(/different vault/);
  });
});
