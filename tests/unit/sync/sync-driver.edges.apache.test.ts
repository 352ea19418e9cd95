import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { readClock } from '../../../src/db/clock';
import { readSyncOverview } from '../../../src/db/sync-repo';
import { encodeHlc, MAX_CLOCK_DRIFT_MS } from '../../../src/domain/hlc';
import { writeDeviceFile } from '../../../src/sync/device-file';
import { preparePassphraseChange, prepareSetup } from '../../../src/sync/setup';
import { openSyncContext, runSync } from '../../../src/sync/sync-run';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startApacheDav, type DavServer } from '../../support/apache-dav';
import { SimulatedDevices } from '../../support/simulated-devices';
import { FAST_KDF } from '../../support/sync-fixtures';
import { expectSameData, PASSPHRASE, ROADMAP, setUpSync, statuses, syncOk, tick } from './driver-helpers';

let apache: DavServer;
let devices: SimulatedDevices;
let folderCount = 0;
let folder = '';

beforeAll(async () => {
  apache = await startApacheDav();
}, 120_000);

afterAll(async () => {
  await apache?.stop();
});

beforeEach(async () => {
  await db.delete();
  await db.open();
  devices = new SimulatedDevices();
  folderCount += 1;
  folder = `edge-${folderCount}/healthcare-ai-roadmap-tracker`;
  await createWebDavStore(apache).ensureFolder(`edge-${folderCount}`);
});

const deviceFiles = (): string[] => readdirSync(join(apache.dataDir, folder, 'devices')).toSorted();

const progressRecord = (itemId: string, hlc: string, status = 'done') => ({
  key: `${ROADMAP}/${itemId}`,
  roadmapId: ROADMAP,
  itemId,
  status,
  doneAt: status === 'done' ? 1_767_225_600_000 : null,
  updatedAt: 1_767_225_600_000,
  hlc,
});

/** Uploads a device file as another device would (with the vault key of the active device). */
async function uploadAs(deviceId: string, tables: Record<string, unknown[]>, clock: string, extra: object = {}): Promise<void> {
  const context = await openSyncContext();
  if (!context) throw new Error('not configured');
  await writeDeviceFile(context.store, context.vault, deviceId, {
    formatVersion: 1,
    deviceId,
    deviceName: 'Old tablet',
    writtenAt: Date.now(),
    clock,
    tables,
    ...extra,
  });
}

describe('records and clocks from another device', () => {
  it('stores the records that pass their schema, leaves out the others and counts them', async () => {
    await devices.use('laptop');
    await setUpSync(apache, 'Laptop', folder, 'create');
    const stamp = encodeHlc({ wall: Date.now(), counter: 0, node: 'tablet' });
    await uploadAs(
      'tablet',
      {
        progress: [progressRecord('good', stamp), progressRecord('bad', stamp, 'half-done'), { key: 'no stamp' }],
        notes: 'not a list',
        mysteryTable: [{ anything: true }],
      } as unknown as Record<string, unknown[]>,
      stamp,
    );
    const result = await syncOk();
    expect(await statuses()).toEqual({ good: 'done' });
    expect(result.log).toEqual([expect.objectContaining({ text: 'a tick from Old tablet', rejected: 3 })]);
    expect((await readSyncOverview()).log[0]?.rejected).toBe(3);
  });

  it('takes the records of a device whose clock is days ahead but does not follow its clock, and flags it', async () => {
    await devices.use('laptop');
    await setUpSync(apache, 'Laptop', folder, 'create');
    const future = encodeHlc({ wall: Date.now() + 3 * MAX_CLOCK_DRIFT_MS, counter: 0, node: 'tablet' });
    await uploadAs('tablet', { progress: [progressRecord('from-the-future', future)] }, future);
    const result = await syncOk();
    expect(result.clocksAhead).toEqual(['Old tablet']);
    expect(await statuses()).toEqual({ 'from-the-future': 'done' });
    expect((await readClock())?.wall ?? 0).toBeLessThan(Date.now() + MAX_CLOCK_DRIFT_MS);
    expect((await readSyncOverview()).peers.tablet?.isClockAhead).toBe(true);
    // Not blocked: the next tick here still syncs.
    await tick('still-works');
    await syncOk();
  });

  it('refuses a damaged file without stopping, names the device, and goes on with the rest', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await tick('from-phone');
      await syncOk();
    });
    const store = createWebDavStore(apache);
    const [phoneFile] = deviceFiles();
    const bytes = (await store.get(`${folder}/devices/${phoneFile}`)).bytes;
    bytes[bytes.length - 5] = (bytes.at(-5) ?? 0) ^ 0xff;
    await store.put(`${folder}/devices/${phoneFile}`, bytes);
    await devices.use('laptop');
    await syncOk();
    expect(await statuses()).toEqual({});
    const peers = Object.values((await readSyncOverview()).peers);
    expect(peers.map((peer) => peer.problem)).toEqual([expect.stringMatching(/changed or damaged on the server/)]);
  });
});

describe('devices', () => {
  it('notices two installs writing under one device id (a copied profile) and gives one a new id', async () => {
    await devices.as('laptop', async () => {
      await setUpSync(apache, 'Laptop', folder, 'create');
      await tick('before-the-copy');
      await syncOk();
    });
    await devices.copy('laptop', 'copy');
    await devices.as('laptop', async () => {
      await tick('on-the-original');
      await syncOk();
    });
    const idsBefore = deviceFiles();
    await devices.as('copy', async () => {
      await tick('on-the-copy');
      await syncOk();
    });
    // The copy read "its" file, found a write it never made, merged it and moved to a new id.
    expect(deviceFiles()).toHaveLength(2);
    expect(deviceFiles()).toEqual(expect.arrayContaining(idsBefore));
    await devices.as('laptop', syncOk);
    await devices.as('copy', syncOk);
    await devices.as('laptop', syncOk);
    expect(deviceFiles()).toHaveLength(2);
    expect(await devices.as('laptop', statuses)).toEqual({ 'before-the-copy': 'done', 'on-the-copy': 'done', 'on-the-original': 'done' });
    await expectSameData(devices, ['laptop', 'copy']);
    const laptopId = await devices.as('laptop', async () => (await readSyncOverview()).deviceId);
    const copyId = await devices.as('copy', async () => (await readSyncOverview()).deviceId);
    expect(laptopId).not.toBe(copyId);
  });

  it('takes a removed device out of sync: its file goes, it stops with a message and keeps its data', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    const phoneId = await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await tick('on-phone');
      await syncOk();
      return (await readSyncOverview()).deviceId;
    });
    await devices.as('laptop', async () => {
      await syncOk();
      await runCommand('device.remove', { deviceId: phoneId ?? '' });
      await syncOk();
    });
    expect(deviceFiles()).toHaveLength(1);
    await devices.use('phone');
    expect(await runSync()).toMatchObject({ status: 'removed', message: expect.stringMatching(/^Laptop took this device out of sync/) });
    expect(await statuses()).toEqual({ 'on-phone': 'done' });
    expect((await readSyncOverview()).config).toBeNull();
    // Set up again, it joins under a new id, so the removal does not catch it again.
    await setUpSync(apache, 'Phone', folder, 'join');
    await syncOk();
    expect((await readSyncOverview()).deviceId).not.toBe(phoneId);
    expect(deviceFiles()).toHaveLength(2);
  });

  it('renames this device for the others with the next sync', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await syncOk();
    });
    await devices.as('laptop', async () => {
      await runCommand('device.rename', { name: 'Desk laptop' });
      await syncOk();
    });
    await devices.use('phone');
    await syncOk();
    expect(Object.values((await readSyncOverview()).peers).map((peer) => peer.name)).toEqual(['Desk laptop']);
  });

  it('keeps every record when sync is stopped on a device', async () => {
    await devices.use('laptop');
    await setUpSync(apache, 'Laptop', folder, 'create');
    await tick('a');
    await syncOk();
    await runCommand('sync.stop', {});
    expect(await statuses()).toEqual({ a: 'done' });
    expect(await runSync()).toEqual({ status: 'not-configured' });
  });
});

describe('setting up and the passphrase', () => {
  it('changes nothing when the password or the passphrase is wrong, and says which', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.use('phone');
    await tick('mine');
    const before = await db.syncState.toArray();
    const base = { url: apache.url, user: apache.user, folder, deviceName: 'Phone', mode: 'join' as const };
    expect(await prepareSetup({ ...base, password: 'wrong', passphrase: PASSPHRASE }, FAST_KDF)).toEqual({
      ok: false,
      field: 'password',
      message: expect.stringMatching(/rejected the user name or password/) as string,
    });
    expect(await prepareSetup({ ...base, password: apache.password, passphrase: 'not it' }, FAST_KDF)).toEqual({
      ok: false,
      field: 'passphrase',
      message: expect.stringMatching(/does not match/) as string,
    });
    expect(await prepareSetup({ ...base, password: apache.password, passphrase: PASSPHRASE, folder: 'elsewhere' }, FAST_KDF)).toMatchObject(
      {
        ok: false,
        field: 'folder',
      },
    );
    expect(await db.syncState.toArray()).toEqual(before);
    expect(await statuses()).toEqual({ mine: 'done' });
  });

  it('keeps both devices syncing after the passphrase was changed on one; a new device needs the new one', async () => {
    await devices.as('laptop', () => setUpSync(apache, 'Laptop', folder, 'create'));
    await devices.as('phone', async () => {
      await setUpSync(apache, 'Phone', folder, 'join');
      await syncOk();
    });
    await devices.as('laptop', async () => {
      expect(await preparePassphraseChange('wrong old one', 'new words', FAST_KDF)).toMatchObject({ ok: false, field: 'passphrase' });
      const changed = await preparePassphraseChange(PASSPHRASE, 'new words', FAST_KDF);
      if (!changed.ok) throw new Error(changed.message);
      await runCommand('sync.setVaultEnvelope', { vaultId: changed.vaultId, envelope: changed.envelope, etag: changed.etag });
      await tick('after-change');
      await syncOk();
    });
    await devices.as('phone', syncOk);
    expect(await devices.as('phone', statuses)).toEqual({ 'after-change': 'done' });
    await devices.use('tablet');
    const base = { url: apache.url, user: apache.user, password: apache.password, folder, deviceName: 'Tablet', mode: 'join' as const };
    expect(await prepareSetup({ ...base, passphrase: PASSPHRASE }, FAST_KDF)).toMatchObject({ ok: false, field: 'passphrase' });
    expect(await prepareSetup({ ...base, passphrase: 'new words' }, FAST_KDF)).toMatchObject({ ok: true });
  });
});
