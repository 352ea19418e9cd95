/**
 * The network half of setting sync up, joining, testing the connection and changing the
 * passphrase. Each returns either what the matching command stores or a plain sentence (with the
 * form field it is about); nothing is stored here, so a wrong password or passphrase changes
 * nothing. The UI then runs the command (`sync.configure`, `sync.setVaultEnvelope`).
 */
import { validateServerAddress } from '../domain/sync/server-address';
import { checkDeviceName, checkSyncFolder } from '../domain/sync/sync-settings';
import type { SyncConfigureInput } from '../domain/sync/sync-settings';
import { readSyncSetup } from '../db/sync-repo';
import { WrongPassphraseError, type KeyOptions } from './crypto';
import { describeRemoteErrorKind, isRemoteError, RemoteError, type RemoteStore } from './remote-store';
import { testConnection } from './test-connection';
import { changePassphrase, createOrOpenVault, findVault, unlockVault, VaultUnavailableError } from './vault';
import { createWebDavStore } from './webdav-store';

export type SetupField = 'url' | 'user' | 'password' | 'folder' | 'deviceName' | 'passphrase' | 'newPassphrase';

export type Failure = { ok: false; field: SetupField | null; message: string };

export interface ServerInput {
  url: string;
  user: string;
  password: string;
}

export interface SetupInput extends ServerInput {
  folder: string;
  deviceName: string;
  passphrase: string;
  /** 'create' makes a vault when the folder has none; 'join' refuses to, so a typo cannot start a second vault. */
  mode: 'create' | 'join';
}

export type SetupResult = { ok: true; input: SyncConfigureInput; hasCreatedVault: boolean } | Failure;

const fail = (field: SetupField | null, message: string): Failure => ({ ok: false, field, message });

function openStore(input: ServerInput): { store: RemoteStore; url: string } | Failure {
  const address = validateServerAddress(input.url);
  if (!address.ok) return fail('url', address.message);
  return { store: createWebDavStore({ url: address.url, user: input.user, password: input.password }), url: address.url };
}

/** A failed request, said plainly and pinned to the field most likely wrong. */
function explain(error: unknown): Failure {
  if (error instanceof WrongPassphraseError) return fail('passphrase', `${error.message} Check it and try again; nothing was changed.`);
  if (error instanceof VaultUnavailableError) return fail('folder', error.message);
  if (error instanceof RemoteError) {
    const field: SetupField | null =
      error.kind === 'unauthorized' ? 'password' : error.kind === 'not-found' || error.kind === 'not-webdav' ? 'url' : null;
    return fail(field, describeRemoteErrorKind(error.kind));
  }
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return fail(null, `Something unexpected went wrong${detail}. Nothing was changed.`);
}

/** "Test connection": writes, reads and deletes a probe file in the folder the address names. */
export async function checkServer(input: ServerInput): Promise<{ ok: true } | Failure> {
  const opened = openStore(input);
  if ('ok' in opened) return opened;
  const result = await testConnection(opened.store, '');
  if (result.ok) return { ok: true };
  const field: SetupField | null =
    result.kind === 'unauthorized' ? 'password' : result.kind === 'not-found' || result.kind === 'not-webdav' ? 'url' : null;
  return fail(field, result.message);
}

/** Opens (join) or creates (set up) the vault and returns what `sync.configure` stores. */
export async function prepareSetup(input: SetupInput, keyOptions: KeyOptions = {}): Promise<SetupResult> {
  const nameProblem = checkDeviceName(input.deviceName);
  if (nameProblem) return fail('deviceName', nameProblem);
  const folder = checkSyncFolder(input.folder);
  if (!folder.ok) return fail('folder', folder.message);
  if (input.passphrase === '') return fail('passphrase', 'Enter the passphrase.');
  const opened = openStore(input);
  if ('ok' in opened) return opened;
  const { store, url } = opened;
  try {
    let vault;
    let hasCreatedVault = false;
    if (input.mode === 'join') {
      const lookup = await findVault(store, folder.folder);
      if (lookup.status === 'no-vault') {
        return fail(
          'folder',
          `There is no sync vault in the folder “${folder.folder}” at this address yet. Check the address and folder your first device uses, or set up sync there first.`,
        );
      }
      if (lookup.status !== 'vault') throw new VaultUnavailableError(lookup.status);
      vault = await unlockVault(lookup.vault, input.passphrase);
    } else {
      const result = await createOrOpenVault(store, folder.folder, input.passphrase, keyOptions);
      vault = result.vault;
      hasCreatedVault = result.isNew;
    }
    return {
      ok: true,
      hasCreatedVault,
      input: {
        url,
        user: input.user,
        password: input.password,
        folder: folder.folder,
        deviceName: input.deviceName.trim(),
        vault: { vaultId: vault.vaultId, envelope: vault.envelope, etag: vault.etag, key: vault.key },
      },
    };
  } catch (error) {
    return explain(error);
  }
}

export type PassphraseChange =
  { ok: true; vaultId: string; envelope: SyncConfigureInput['vault']['envelope']; etag: string | null } | Failure;

/** Wraps the data key under a new passphrase on the server; `sync.setVaultEnvelope` then stores it. */
export async function preparePassphraseChange(
  oldPassphrase: string,
  newPassphrase: string,
  keyOptions: KeyOptions = {},
): Promise<PassphraseChange> {
  if (newPassphrase === '') return fail('newPassphrase', 'Enter the new passphrase.');
  const setup = await readSyncSetup();
  if (!setup) return fail(null, 'Sync is not set up on this device.');
  const { config, vault } = setup;
  const store = createWebDavStore({ url: config.url, user: config.user, password: config.password });
  try {
    const changed = await changePassphrase(
      store,
      { folder: config.folder, vaultId: vault.vaultId, envelope: vault.envelope, etag: vault.etag, key: vault.key },
      oldPassphrase,
      newPassphrase,
      keyOptions,
    );
    return { ok: true, vaultId: changed.vaultId, envelope: changed.envelope, etag: changed.etag };
  } catch (error) {
    if (isRemoteError(error, 'precondition-failed')) {
      return fail(null, 'The vault changed on the server while the passphrase was being changed (another device?). Try again in a moment.');
    }
    return explain(error);
  }
}
