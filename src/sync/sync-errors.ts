/** Why a sync did not finish, in the words the status line uses. */
import { StorageError } from '../db/storage-errors';
import { TamperedFileError, WrongPassphraseError } from './crypto';
import { DeviceFileError } from './device-file';
import { describeRemoteErrorKind, RemoteError } from './remote-store';
import { VaultUnavailableError } from './vault';

/** The sync folder is not what this device set up any more: sync stops until the person acts. */
export class SyncStoppedError extends Error {
  override readonly name = 'SyncStoppedError';
  constructor(
    readonly kind: 'vault-missing' | 'vault-replaced',
    message: string,
  ) {
    super(message);
  }
}

export const VAULT_MISSING_MESSAGE =
  'Sync stopped: the sync folder on the server no longer holds its vault (it may have been emptied, moved or deleted). Nothing was deleted here. To sync again, stop syncing on this device and set it up again.';

export const VAULT_REPLACED_MESSAGE =
  'Sync stopped: the sync folder on the server now holds a different vault (sync was set up there again). Nothing was changed here. To sync again, stop syncing on this device and join the new vault.';

export interface SyncFailure {
  /** A RemoteErrorKind, 'storage', 'vault-missing', 'vault-replaced', 'damaged' or 'unexpected'. */
  kind: string;
  message: string;
}

export function classifySyncError(error: unknown): SyncFailure {
  if (error instanceof SyncStoppedError) return { kind: error.kind, message: error.message };
  if (error instanceof RemoteError) return { kind: error.kind, message: describeRemoteErrorKind(error.kind) };
  if (error instanceof StorageError) return { kind: 'storage', message: error.message };
  if (error instanceof WrongPassphraseError || error instanceof VaultUnavailableError) return { kind: 'vault', message: error.message };
  if (error instanceof TamperedFileError || error instanceof DeviceFileError) return { kind: 'damaged', message: error.message };
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return { kind: 'unexpected', message: `Something unexpected went wrong${detail}. Your data on this device is unchanged.` };
}
