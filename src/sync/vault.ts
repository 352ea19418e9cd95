/**
 * The sync folder on the server and its `vault.json`: format, key-derivation settings and the
 * wrapped data key, never user data. It is created once, with `If-None-Match: *` so that two devices
 * setting up at the same moment end up with one vault, and rewritten only to change the passphrase.
 *
 *   <vault folder>/vault.json
 *   <vault folder>/devices/<deviceId>.bin   (see device-file.ts: one writer per file)
 *
 * An empty folder or one with files that are not ours is "no vault here", never "a vault that lost
 * everything", so a fresh device cannot read it as "delete all my data".
 */
import * as v from 'valibot';
import { fromUtf8, isSameBytes, toBase64, utf8 } from './bytes';
import { createKeyEnvelope, openKeyEnvelope, rewrapKeyEnvelope, type KeyEnvelope, type KeyOptions } from './crypto';
import { isRemoteError, type RemoteStore } from './remote-store';

/** Default folder name, inside the folder the person chose. */
export const DEFAULT_VAULT_FOLDER = 'healthcare-ai-roadmap-tracker';
export const VAULT_FILE = 'vault.json';
export const DEVICES_FOLDER = 'devices';
export const VAULT_APP = 'healthcare-ai-roadmap-tracker';
export const VAULT_FORMAT_VERSION = 1;

const vaultFileSchema = v.object({
  app: v.literal(VAULT_APP),
  kind: v.literal('sync-vault'),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  vaultId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  kdf: v.object({
    name: v.literal('PBKDF2-SHA-256'),
    iterations: v.pipe(v.number(), v.integer()),
    salt: v.pipe(v.string(), v.maxLength(100)),
  }),
  wrap: v.literal('AES-KW'),
  wrappedKey: v.pipe(v.string(), v.maxLength(200)),
  keyCheck: v.pipe(v.string(), v.maxLength(500)),
});

/** A vault found on the server, not yet opened with the passphrase. */
export interface LockedVault {
  /** The vault folder, relative to the store root. */
  folder: string;
  vaultId: string;
  envelope: KeyEnvelope;
  /** ETag of vault.json when last read or written; null when the server gave none. */
  etag: string | null;
}

export interface Vault extends LockedVault {
  /** The data key; not exportable. */
  key: CryptoKey;
}

export type VaultLookup =
  | { status: 'vault'; vault: LockedVault }
  /** No vault.json. `otherFiles`: names found there that are not ours (empty for an empty folder). */
  | { status: 'no-vault'; isFolderMissing: boolean; otherFiles: string[] }
  /** A vault.json this app did not write, or cannot read. */
  | { status: 'foreign' }
  /** Written by a newer version of the app: update before syncing. */
  | { status: 'newer-format'; formatVersion: number };

/** A lookup that cannot be opened, as an error for createOrOpenVault's callers. */
export class VaultUnavailableError extends Error {
  override readonly name = 'VaultUnavailableError';
  constructor(readonly status: 'foreign' | 'newer-format') {
    super(
      status === 'foreign'
        ? 'This folder holds a vault.json file that this app did not write. Choose another folder.'
        : 'This sync folder was set up by a newer version of the app. Update the app on this device first.',
    );
  }
}

export const vaultPath = (folder: string, name: string): string => (folder === '' ? name : `${folder.replace(/\/+$/, '')}/${name}`);

export function readVaultFile(folder: string, bytes: Uint8Array, etag: string | null): VaultLookup {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    return { status: 'foreign' };
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if ((json as { app?: unknown } | null)?.app === VAULT_APP && typeof version === 'number' && version > VAULT_FORMAT_VERSION) {
    return { status: 'newer-format', formatVersion: version };
  }
  const parsed = v.safeParse(vaultFileSchema, json);
  if (!parsed.success) return { status: 'foreign' };
  const { vaultId, kdf, wrap, wrappedKey, keyCheck } = parsed.output;
  return { status: 'vault', vault: { folder, vaultId, envelope: { kdf, wrap, wrappedKey, keyCheck }, etag } };
}

const encodeVaultFile = (vaultId: string, envelope: KeyEnvelope): Uint8Array<ArrayBuffer> =>
  utf8(`${JSON.stringify({ app: VAULT_APP, kind: 'sync-vault', formatVersion: VAULT_FORMAT_VERSION, vaultId, ...envelope }, null, 2)}\n`);

/** What is in the folder: a vault, nothing of ours, or something we must not touch. */
export async function findVault(store: RemoteStore, folder: string): Promise<VaultLookup> {
  let file;
  try {
    file = await store.get(vaultPath(folder, VAULT_FILE));
  } catch (error) {
    if (!isRemoteError(error, 'not-found')) throw error;
    try {
      const entries = await store.list(folder);
      return {
        status: 'no-vault',
        isFolderMissing: false,
        otherFiles: entries.map((entry) => entry.name).filter((name) => name !== DEVICES_FOLDER),
      };
    } catch (listError) {
      if (isRemoteError(listError, 'not-found')) return { status: 'no-vault', isFolderMissing: true, otherFiles: [] };
      throw listError;
    }
  }
  return readVaultFile(folder, file.bytes, file.etag);
}

/** WrongPassphraseError when the passphrase does not open it. */
export async function unlockVault(vault: LockedVault, passphrase: string): Promise<Vault> {
  return { ...vault, key: await openKeyEnvelope(vault.envelope, passphrase) };
}

async function openFound(lookup: VaultLookup, passphrase: string): Promise<Vault | null> {
  if (lookup.status === 'vault') return unlockVault(lookup.vault, passphrase);
  if (lookup.status === 'foreign' || lookup.status === 'newer-format') throw new VaultUnavailableError(lookup.status);
  return null;
}

const randomVaultId = (): string =>
  toBase64(crypto.getRandomValues(new Uint8Array(16)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * Opens the vault in `folder`, or creates it (and the folder) when there is none. When another
 * device creates it at the same moment, the server's 412 on our create means theirs is read instead.
 * Throws WrongPassphraseError, VaultUnavailableError or RemoteError.
 */
export async function createOrOpenVault(
  store: RemoteStore,
  folder: string,
  passphrase: string,
  options: KeyOptions = {},
): Promise<{ vault: Vault; isNew: boolean }> {
  const existing = await openFound(await findVault(store, folder), passphrase);
  if (existing) return { vault: existing, isNew: false };
  await store.ensureFolder(folder);
  await store.ensureFolder(vaultPath(folder, DEVICES_FOLDER));
  const { envelope, key } = await createKeyEnvelope(passphrase, options);
  const vaultId = randomVaultId();
  try {
    const etag = await store.put(vaultPath(folder, VAULT_FILE), encodeVaultFile(vaultId, envelope), { ifNoneMatch: '*' });
    return { vault: { folder, vaultId, envelope, etag, key }, isNew: true };
  } catch (error) {
    if (!isRemoteError(error, 'precondition-failed')) throw error;
  }
  const theirs = await openFound(await findVault(store, folder), passphrase);
  if (!theirs) throw new Error('The server refused to create vault.json but has none.');
  return { vault: theirs, isNew: false };
}

const pause = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Wraps the same data key under a new passphrase (new salt) and rewrites vault.json; device files
 * stay as they are. Uses If-Match so a concurrent change elsewhere is not overwritten (where the
 * server honours it). Throws WrongPassphraseError when `oldPassphrase` does not open the vault as it
 * is on the server now.
 */
export async function changePassphrase(
  store: RemoteStore,
  vault: Vault,
  oldPassphrase: string,
  newPassphrase: string,
  options: KeyOptions = {},
): Promise<Vault> {
  const path = vaultPath(vault.folder, VAULT_FILE);
  const current = await store.get(path);
  const lookup = readVaultFile(vault.folder, current.bytes, current.etag);
  if (lookup.status !== 'vault') throw new VaultUnavailableError(lookup.status === 'no-vault' ? 'foreign' : lookup.status);
  if (lookup.vault.vaultId !== vault.vaultId) throw new Error('The sync folder now holds another vault.');
  const envelope = await rewrapKeyEnvelope(lookup.vault.envelope, oldPassphrase, newPassphrase, options);
  const bytes = encodeVaultFile(vault.vaultId, envelope);
  const etag = await putIfUnchanged(store, path, bytes, current, 3);
  return { ...vault, envelope, etag };
}

/**
 * PUT with If-Match. Apache answers 412 to any If-Match for about a second after a write (its ETag
 * is still weak): while the file's bytes are still those we read, wait and try again.
 */
async function putIfUnchanged(
  store: RemoteStore,
  path: string,
  bytes: Uint8Array<ArrayBuffer>,
  read: { bytes: Uint8Array; etag: string | null },
  retries: number,
): Promise<string | null> {
  try {
    return await store.put(path, bytes, read.etag === null ? {} : { ifMatch: read.etag });
  } catch (error) {
    if (!isRemoteError(error, 'precondition-failed') || retries === 0) throw error;
    const again = await store.get(path);
    if (!isSameBytes(again.bytes, read.bytes)) throw error;
    await pause(1100);
    return putIfUnchanged(store, path, bytes, again, retries - 1);
  }
}
