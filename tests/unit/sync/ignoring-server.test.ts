import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/sync/bytes';
import { listDeviceFiles, readDeviceFile, writeDeviceFile } from '../../../src/sync/device-file';
import type { RemoteStore } from '../../../src/sync/remote-store';
import { createOrOpenVault } from '../../../src/sync/vault';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startIgnoringDavServer, type CredentialServer } from '../../support/other-servers';
import { FAST_KDF, gatePutsOf, makePayload } from '../../support/sync-fixtures';

// The negative control: a WebDAV server (the webdav-server package) that ignores If-Match and
// If-None-Match, as several servers in the wild do. One writer per file is what keeps data safe.
let server: CredentialServer;
let laptop: RemoteStore;
let phone: RemoteStore;

beforeAll(async () => {
  server = await startIgnoringDavServer();
  laptop = createWebDavStore({ url: server.url, user: server.user, password: server.password });
  phone = createWebDavStore({ url: server.url, user: server.user, password: server.password });
});

afterAll(async () => {
  await server?.stop();
});

describe('a WebDAV server that ignores If-Match and If-None-Match', () => {
  it('really does ignore them (so this is a fair control)', async () => {
    await laptop.ensureFolder('probe');
    await laptop.put('probe/a.bin', utf8('first'), { ifNoneMatch: '*' });
    await laptop.put('probe/a.bin', utf8('second'), { ifNoneMatch: '*' });
    await laptop.put('probe/a.bin', utf8('third'), { ifMatch: '"not-the-tag"' });
    expect(new TextDecoder().decode((await laptop.get('probe/a.bin')).bytes)).toBe('third');
  });

  it('loses nothing when two devices write at the same moment, round after round', async () => {
    await laptop.ensureFolder('sync');
    const folder = 'sync/healthcare-ai-roadmap-tracker';
    const { vault: laptopVault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    const { vault: phoneVault } = await createOrOpenVault(phone, folder, 'shared', FAST_KDF);
    for (let round = 1; round <= 10; round += 1) {
      await Promise.all([
        writeDeviceFile(laptop, laptopVault, 'laptop', makePayload('laptop', round)),
        writeDeviceFile(phone, phoneVault, 'phone', makePayload('phone', round)),
        // Each also reads the other's file while it may be being written.
        readDeviceFile(laptop, laptopVault, 'phone').catch(() => null),
        readDeviceFile(phone, phoneVault, 'laptop').catch(() => null),
      ]);
      expect((await readDeviceFile(phone, phoneVault, 'laptop')).payload).toEqual(makePayload('laptop', round));
      expect((await readDeviceFile(laptop, laptopVault, 'phone')).payload).toEqual(makePayload('phone', round));
    }
    const listing = await listDeviceFiles(laptop, laptopVault);
    expect(listing.status === 'ok' && listing.devices.map((device) => device.deviceId)).toEqual(['laptop', 'phone']);
  });

  it('lets a second vault overwrite the first when two devices set up at once, and the first notices', async () => {
    await laptop.ensureFolder('race');
    const folder = 'race/healthcare-ai-roadmap-tracker';
    const gated = gatePutsOf(phone, 'vault.json');
    const phoneSetup = createOrOpenVault(gated.store, folder, 'shared', FAST_KDF);
    await gated.reached;
    const { vault: laptopVault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    gated.release();
    // Without If-None-Match the phone's create silently replaces the laptop's vault.json …
    expect((await phoneSetup).isNew).toBe(true);
    // … which the laptop sees on its next sync, before it writes data no one else could read.
    expect(await listDeviceFiles(laptop, laptopVault)).toEqual({ status: 'vault-replaced' });
  });
});
