import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../src/sync/bytes';
import { sealFile, TamperedFileError, WrongPassphraseError } from '../../../src/sync/crypto';
import { DeviceFileError, listDeviceFiles, readDeviceFile, writeDeviceFile } from '../../../src/sync/device-file';
import { isSameEtag, type RemoteStore } from '../../../src/sync/remote-store';
import { changePassphrase, createOrOpenVault, findVault, unlockVault, VaultUnavailableError } from '../../../src/sync/vault';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startApacheDav, type DavServer } from '../../support/apache-dav';
import { FAST_KDF, gatePutsOf, makePayload, readTree, SECRET_WORDS } from '../../support/sync-fixtures';

let apache: DavServer;
let laptop: RemoteStore;
let phone: RemoteStore;
let folderCount = 0;

beforeAll(async () => {
  apache = await startApacheDav();
  // Two devices: two independent stores (as two browsers would have) on the same account.
  laptop = createWebDavStore({ url: apache.url, user: apache.user, password: apache.password });
  phone = createWebDavStore({ url: apache.url, user: apache.user, password: apache.password });
}, 120_000);

afterAll(async () => {
  await apache?.stop();
});

/** A fresh vault folder per test: "sync-3/healthcare-ai-roadmap-tracker". */
async function freshFolder(): Promise<string> {
  folderCount += 1;
  await laptop.ensureFolder(`sync-${folderCount}`);
  return `sync-${folderCount}/healthcare-ai-roadmap-tracker`;
}

describe('finding a vault', () => {
  it('reports a folder that does not exist yet as no vault', async () => {
    const folder = await freshFolder();
    expect(await findVault(laptop, folder)).toEqual({ status: 'no-vault', isFolderMissing: true, otherFiles: [] });
  });

  it('reports an empty folder as no vault, which is not a vault with no devices', async () => {
    const folder = await freshFolder();
    await laptop.ensureFolder(folder);
    expect(await findVault(laptop, folder)).toEqual({ status: 'no-vault', isFolderMissing: false, otherFiles: [] });
  });

  it('reports a folder of other files as no vault and names what is there', async () => {
    const folder = await freshFolder();
    await laptop.ensureFolder(folder);
    await laptop.put(`${folder}/holiday.jpg`, utf8('jpeg'));
    await laptop.put(`${folder}/notes.txt`, utf8('text'));
    const lookup = await findVault(laptop, folder);
    expect(lookup.status === 'no-vault' && lookup.otherFiles.toSorted()).toEqual(['holiday.jpg', 'notes.txt']);
  });

  it('refuses a vault.json another app wrote, and leaves it alone', async () => {
    const folder = await freshFolder();
    await laptop.ensureFolder(folder);
    await laptop.put(`${folder}/vault.json`, utf8('{"app":"some-other-app","secret":1}'));
    expect(await findVault(laptop, folder)).toEqual({ status: 'foreign' });
    await expect(createOrOpenVault(laptop, folder, 'p', FAST_KDF)).rejects.toBeInstanceOf(VaultUnavailableError);
    expect(new TextDecoder().decode((await laptop.get(`${folder}/vault.json`)).bytes)).toContain('some-other-app');
  });

  it('asks for an update when a newer app version set the vault up', async () => {
    const folder = await freshFolder();
    await laptop.ensureFolder(folder);
    await laptop.put(`${folder}/vault.json`, utf8('{"app":"healthcare-ai-roadmap-tracker","kind":"sync-vault","formatVersion":9}'));
    expect(await findVault(laptop, folder)).toEqual({ status: 'newer-format', formatVersion: 9 });
  });
});

describe('creating and opening a vault', () => {
  it('creates vault.json once, holding key material and no user data', async () => {
    const folder = await freshFolder();
    const { vault, isNew } = await createOrOpenVault(laptop, folder, 'our passphrase', FAST_KDF);
    expect(isNew).toBe(true);
    const json = JSON.parse(readFileSync(join(apache.dataDir, folder, 'vault.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json).toSorted()).toEqual(['app', 'formatVersion', 'kdf', 'keyCheck', 'kind', 'vaultId', 'wrap', 'wrappedKey']);
    expect(json).toMatchObject({ app: 'healthcare-ai-roadmap-tracker', formatVersion: 1, vaultId: vault.vaultId, wrap: 'AES-KW' });
    expect(json.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: FAST_KDF.iterations });
    expect(await listDeviceFiles(laptop, vault)).toMatchObject({ status: 'ok', devices: [] });
  });

  it('opens the same vault on a second device with the same passphrase', async () => {
    const folder = await freshFolder();
    const created = await createOrOpenVault(laptop, folder, 'our passphrase', FAST_KDF);
    const opened = await createOrOpenVault(phone, folder, 'our passphrase', FAST_KDF);
    expect(opened.isNew).toBe(false);
    expect(opened.vault.vaultId).toBe(created.vault.vaultId);
  });

  it('says the passphrase is wrong before reading any device file', async () => {
    const folder = await freshFolder();
    await createOrOpenVault(laptop, folder, 'our passphrase', FAST_KDF);
    await expect(createOrOpenVault(phone, folder, 'our passphrase!', FAST_KDF)).rejects.toBeInstanceOf(WrongPassphraseError);
    const lookup = await findVault(phone, folder);
    if (lookup.status !== 'vault') throw new Error(lookup.status);
    await expect(unlockVault(lookup.vault, 'nope')).rejects.toBeInstanceOf(WrongPassphraseError);
  });

  it('ends with one vault when two devices set up at the same moment (the second create gets 412)', async () => {
    const folder = await freshFolder();
    // The phone looks, finds nothing, and is held right before it creates vault.json …
    const gated = gatePutsOf(phone, 'vault.json');
    const phoneSetup = createOrOpenVault(gated.store, folder, 'our passphrase', FAST_KDF);
    await gated.reached;
    // … while the laptop creates it; then the phone's If-None-Match: * create fails.
    const laptopSetup = await createOrOpenVault(laptop, folder, 'our passphrase', FAST_KDF);
    gated.release();
    const phoneResult = await phoneSetup;
    expect(laptopSetup.isNew).toBe(true);
    expect(phoneResult.isNew).toBe(false);
    expect(phoneResult.vault.vaultId).toBe(laptopSetup.vault.vaultId);
  });
});

describe('changing the passphrase', () => {
  it('keeps every device file readable; the old passphrase stops working', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'old passphrase', FAST_KDF);
    await writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 1));
    // Straight after a write, while Apache's ETag of vault.json may still be weak.
    const changed = await changePassphrase(laptop, vault, 'old passphrase', 'new passphrase', FAST_KDF);
    expect(changed.vaultId).toBe(vault.vaultId);

    const { vault: phoneVault } = await createOrOpenVault(phone, folder, 'new passphrase', FAST_KDF);
    expect((await readDeviceFile(phone, phoneVault, 'laptop')).payload).toEqual(makePayload('laptop', 1));
    await expect(createOrOpenVault(phone, folder, 'old passphrase', FAST_KDF)).rejects.toBeInstanceOf(WrongPassphraseError);
    // A device that had the vault open before the change goes on working: same data key.
    await writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 2));
    expect((await readDeviceFile(phone, phoneVault, 'laptop')).payload.writtenAt).toBe(makePayload('laptop', 2).writtenAt);
    expect((await listDeviceFiles(laptop, vault)).status).toBe('ok');
  });

  it('refuses without the current passphrase', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'old', FAST_KDF);
    await expect(changePassphrase(laptop, vault, 'guess', 'new', FAST_KDF)).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});

describe('device files', () => {
  it('lets two devices write their own file and read each other’s, with ETags that change', async () => {
    const folder = await freshFolder();
    const { vault: laptopVault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    const { vault: phoneVault } = await createOrOpenVault(phone, folder, 'shared', FAST_KDF);
    await Promise.all([
      writeDeviceFile(laptop, laptopVault, 'laptop', makePayload('laptop', 1, 'Work laptop')),
      writeDeviceFile(phone, phoneVault, 'phone', makePayload('phone', 1)),
    ]);
    expect((await readDeviceFile(phone, phoneVault, 'laptop')).payload).toEqual(makePayload('laptop', 1, 'Work laptop'));
    expect((await readDeviceFile(laptop, laptopVault, 'phone')).payload).toEqual(makePayload('phone', 1));

    const before = await listDeviceFiles(phone, phoneVault);
    if (before.status !== 'ok') throw new Error(before.status);
    expect(before.devices.map((device) => device.deviceId)).toEqual(['laptop', 'phone']);
    expect(before.devices.every((device) => device.etag !== null && device.lastModified !== null && (device.size ?? 0) > 0)).toBe(true);

    await writeDeviceFile(laptop, laptopVault, 'laptop', makePayload('laptop', 2, 'Work laptop'));
    const after = await listDeviceFiles(phone, phoneVault);
    if (after.status !== 'ok') throw new Error(after.status);
    const etagOf = (listing: typeof after, id: string) => listing.devices.find((device) => device.deviceId === id)?.etag ?? null;
    expect(isSameEtag(etagOf(before, 'laptop'), etagOf(after, 'laptop'))).toBe(false);
    expect(isSameEtag(etagOf(before, 'phone'), etagOf(after, 'phone'))).toBe(true);
  });

  it('stores nothing the host can read: no item ids, note text, statuses or device names', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    await writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 1, 'Work laptop'));
    const files = readTree(join(apache.dataDir, folder));
    expect(files.map((file) => file.path.slice(join(apache.dataDir, folder).length))).toEqual(['/devices/laptop.bin', '/vault.json']);
    for (const { bytes } of files) {
      const asText = bytes.toString('latin1');
      for (const word of SECRET_WORDS) expect(asText).not.toContain(word);
    }
  });

  it('leaves out files in devices/ that are not device files', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    await writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 1));
    await laptop.put(`${folder}/devices/.DS_Store`, utf8('x'));
    await laptop.put(`${folder}/devices/laptop (conflicted copy).bin`, utf8('x'));
    await laptop.put(`${folder}/devices/readme.txt`, utf8('x'));
    const listing = await listDeviceFiles(laptop, vault);
    expect(listing.status === 'ok' && listing.devices.map((device) => device.deviceId)).toEqual(['laptop']);
  });

  it('refuses a device file whose inside names another device', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    // Correctly sealed for the laptop's path, but the payload claims to be the phone's.
    const sealed = await sealFile(vault.key, 'devices/laptop.bin', utf8(JSON.stringify(makePayload('phone', 1))));
    await laptop.put(`${folder}/devices/laptop.bin`, sealed);
    await expect(readDeviceFile(phone, vault, 'laptop')).rejects.toMatchObject({ name: 'DeviceFileError', problem: 'wrong-device' });
    await expect(writeDeviceFile(laptop, vault, 'laptop', makePayload('phone', 1))).rejects.toThrow(/cannot be written as laptop/);
  });

  it('refuses a device file the host copied over another one', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    await writeDeviceFile(phone, vault, 'phone', makePayload('phone', 1));
    await laptop.put(`${folder}/devices/laptop.bin`, (await laptop.get(`${folder}/devices/phone.bin`)).bytes);
    await expect(readDeviceFile(phone, vault, 'laptop')).rejects.toBeInstanceOf(TamperedFileError);
  });

  it('refuses a device file from a newer app version with a request to update', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    const sealed = await sealFile(vault.key, 'devices/phone.bin', utf8(JSON.stringify({ ...makePayload('phone', 1), formatVersion: 2 })));
    await laptop.put(`${folder}/devices/phone.bin`, sealed);
    const error = await readDeviceFile(laptop, vault, 'phone').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeviceFileError);
    expect((error as DeviceFileError).problem).toBe('newer-format');
  });

  it('says "no vault" once vault.json or the whole folder is gone, never "no devices"', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    await writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 1));
    await laptop.delete(`${folder}/vault.json`);
    expect(await listDeviceFiles(phone, vault)).toEqual({ status: 'no-vault' });
    await laptop.delete(`${folder}/devices/laptop.bin`);
    await laptop.delete(`${folder}/devices`);
    await laptop.delete(folder);
    expect(await listDeviceFiles(phone, vault)).toEqual({ status: 'no-vault' });
    // And writing does not bring the deleted folder back.
    await expect(writeDeviceFile(laptop, vault, 'laptop', makePayload('laptop', 2))).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('notices when the folder was set up again as another vault', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    await laptop.delete(`${folder}/vault.json`);
    await createOrOpenVault(phone, folder, 'shared', FAST_KDF);
    expect(await listDeviceFiles(laptop, vault)).toEqual({ status: 'vault-replaced' });
  });

  it('refuses device ids that are not safe file names', async () => {
    const folder = await freshFolder();
    const { vault } = await createOrOpenVault(laptop, folder, 'shared', FAST_KDF);
    for (const id of ['', '../vault', '.hidden', 'a/b', 'x'.repeat(65)]) {
      await expect(writeDeviceFile(laptop, vault, id, makePayload(id, 1))).rejects.toThrow(/device id/);
    }
  });
});
