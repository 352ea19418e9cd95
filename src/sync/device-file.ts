/**
 * One file per device, `devices/<deviceId>.bin`, written only by that device: an encrypted,
 * compressed JSON snapshot of its tables. Because no file has two writers, nothing depends on
 * locks or on the server honouring If-Match; a device reads the others' files and merges locally.
 */
import * as v from 'valibot';
import { isHlc } from '../domain/hlc';
import { fromUtf8, utf8 } from './bytes';
import { openSealedFile, sealFile } from './crypto';
import { isRemoteError, isSameEtag, type RemoteStore } from './remote-store';
import { DEVICES_FOLDER, readVaultFile, VAULT_FILE, vaultPath, type Vault } from './vault';

export const DEVICE_FILE_FORMAT_VERSION = 1;

/** The payload; its tables are opaque here (the merge driver validates records). */
export interface DevicePayload {
  formatVersion: number;
  deviceId: string;
  deviceName: string;
  /** Epoch ms. */
  writtenAt: number;
  /** The device's clock (encoded HLC) when it wrote the file. */
  clock: string;
  /** Table name -> records; anything else in a table is counted as rejected when merged. */
  tables: Record<string, unknown>;
  /**
   * Random per upload and remembered by the install that wrote it: a file under this device's id
   * with a token it never wrote comes from another install with the same id (a copied profile).
   */
  writeToken?: string;
  /** Devices taken out of sync, as this device knows them; every device passes the list on. */
  removedDevices?: RemovedDevicePayload[];
}

export interface RemovedDevicePayload {
  deviceId: string;
  name: string;
  removedAt: number;
  removedBy: string;
}

export interface DeviceFileInfo {
  deviceId: string;
  /** Relative to the store root. */
  path: string;
  etag: string | null;
  lastModified: number | null;
  size: number | null;
}

export type DeviceListing =
  | { status: 'ok'; devices: DeviceFileInfo[]; vaultEtag: string | null }
  /** vault.json is gone (folder emptied or deleted): this is not "every device deleted everything". */
  | { status: 'no-vault' }
  /** vault.json now belongs to another vault (the folder was set up again): open it anew. */
  | { status: 'vault-replaced' };

export type DeviceFileProblem = 'wrong-device' | 'newer-format' | 'not-a-device-file';

export class DeviceFileError extends Error {
  override readonly name = 'DeviceFileError';
  constructor(
    readonly problem: DeviceFileProblem,
    readonly path: string,
  ) {
    super(
      problem === 'newer-format'
        ? 'Another device uses a newer version of the app. Update the app on this device to sync with it.'
        : `A sync file did not hold what its name says and was not used (${path}).`,
    );
  }
}

/** Letters, digits, `_ - ~ .`, not starting with a dot: safe as a file name and as an HLC node. */
export const isValidDeviceId = (id: string): boolean => /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,63}$/.test(id);

const FILE_PATTERN = /^(.+)\.bin$/;

/** Path inside the vault folder; also what the encryption binds the file to. */
export const deviceFileName = (deviceId: string): string => `${DEVICES_FOLDER}/${deviceId}.bin`;

function assertDeviceId(deviceId: string): void {
  if (!isValidDeviceId(deviceId)) throw new Error(`Not a usable device id: ${JSON.stringify(deviceId)}`);
}

const payloadSchema = v.object({
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(DEVICE_FILE_FORMAT_VERSION)),
  deviceId: v.string(),
  deviceName: v.pipe(v.string(), v.maxLength(200)),
  writtenAt: v.pipe(v.number(), v.finite()),
  clock: v.pipe(
    v.string(),
    v.check((text: string) => isHlc(text)),
  ),
  // Tables are checked record by record when they are merged (domain/sync/incoming.ts).
  tables: v.record(v.string(), v.unknown()),
  writeToken: v.optional(v.pipe(v.string(), v.maxLength(100))),
  removedDevices: v.optional(
    v.pipe(
      v.array(
        v.object({
          deviceId: v.pipe(
            v.string(),
            v.check((id: string) => isValidDeviceId(id)),
          ),
          name: v.pipe(v.string(), v.maxLength(200)),
          removedAt: v.pipe(v.number(), v.finite()),
          removedBy: v.pipe(v.string(), v.maxLength(200)),
        }),
      ),
      v.maxLength(1_000),
    ),
  ),
});

/** Seals and uploads this device's file; resolves to the ETag when the server gives one. */
export async function writeDeviceFile(store: RemoteStore, vault: Vault, deviceId: string, payload: DevicePayload): Promise<string | null> {
  assertDeviceId(deviceId);
  if (payload.deviceId !== deviceId) throw new Error(`The payload of device ${payload.deviceId} cannot be written as ${deviceId}.`);
  const name = deviceFileName(deviceId);
  const sealed = await sealFile(vault.key, name, utf8(JSON.stringify(payload)));
  const path = vaultPath(vault.folder, name);
  try {
    return await store.put(path, sealed);
  } catch (error) {
    if (!isRemoteError(error, 'not-found')) throw error;
    // The devices folder was removed; make it again, but never the vault folder itself (its
    // absence means the vault is gone, and MKCOL fails with not-found then).
    await store.ensureFolder(vaultPath(vault.folder, DEVICES_FOLDER));
    return store.put(path, sealed);
  }
}

/** Downloads, decrypts and checks one device's file. Throws TamperedFileError or DeviceFileError. */
export async function readDeviceFile(
  store: RemoteStore,
  vault: Vault,
  deviceId: string,
): Promise<{ payload: DevicePayload; etag: string | null }> {
  assertDeviceId(deviceId);
  const name = deviceFileName(deviceId);
  const path = vaultPath(vault.folder, name);
  const { bytes, etag } = await store.get(path);
  const plaintext = await openSealedFile(vault.key, name, bytes);
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(plaintext));
  } catch {
    throw new DeviceFileError('not-a-device-file', path);
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > DEVICE_FILE_FORMAT_VERSION) throw new DeviceFileError('newer-format', path);
  const parsed = v.safeParse(payloadSchema, json);
  if (!parsed.success) throw new DeviceFileError('not-a-device-file', path);
  if (parsed.output.deviceId !== deviceId) throw new DeviceFileError('wrong-device', path);
  return { payload: parsed.output, etag };
}

/**
 * The device files with ETag and last-modified, so unchanged ones can be skipped. Names that are
 * not device files (a `.DS_Store`, a server's "conflicted copy") are left out.
 */
export async function listDeviceFiles(store: RemoteStore, vault: Vault): Promise<DeviceListing> {
  let top;
  try {
    top = await store.list(vault.folder);
  } catch (error) {
    if (isRemoteError(error, 'not-found')) return { status: 'no-vault' };
    throw error;
  }
  const vaultEntry = top.find((entry) => entry.name === VAULT_FILE && !entry.isFolder);
  if (!vaultEntry) return { status: 'no-vault' };
  if (!isSameEtag(vaultEntry.etag, vault.etag)) {
    // Changed since we opened it: a passphrase change elsewhere (same vault) or a new vault.
    const file = await store.get(vaultPath(vault.folder, VAULT_FILE));
    const lookup = readVaultFile(vault.folder, file.bytes, file.etag);
    if (lookup.status !== 'vault' || lookup.vault.vaultId !== vault.vaultId) return { status: 'vault-replaced' };
  }
  if (!top.some((entry) => entry.name === DEVICES_FOLDER && entry.isFolder))
    return { status: 'ok', devices: [], vaultEtag: vaultEntry.etag };
  const entries = await store.list(vaultPath(vault.folder, DEVICES_FOLDER));
  const devices = entries.flatMap((entry): DeviceFileInfo[] => {
    const deviceId = FILE_PATTERN.exec(entry.name)?.[1];
    if (entry.isFolder || deviceId === undefined || !isValidDeviceId(deviceId)) return [];
    return [{ deviceId, path: entry.path, etag: entry.etag, lastModified: entry.lastModified, size: entry.size }];
  });
  return {
    status: 'ok',
    devices: devices.toSorted((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : 0)),
    vaultEtag: vaultEntry.etag,
  };
}
