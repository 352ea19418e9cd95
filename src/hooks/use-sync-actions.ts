/**
 * What the sync page does: the network part loads lazily from src/sync, and every write goes
 * through the command runner like any other (toasts, storage state). Nothing is stored until the
 * server and the passphrase have both been checked.
 */
import type { Failure, ServerInput, SetupInput } from '../sync/setup';
import { runUiCommand } from './use-command';
import { requestSyncNow } from './use-sync-scheduler';

export type { Failure, ServerInput, SetupInput };
export type ActionResult = { ok: true; message: string } | Failure;

const loadSetup = () => import('../sync/setup');

const storageFailure = (message: string): Failure => ({ ok: false, field: null, message });

/** "Test connection": writes, reads and deletes a test file; says plainly which step failed. */
export async function testSyncServer(input: ServerInput): Promise<ActionResult> {
  const { checkServer } = await loadSetup();
  const result = await checkServer(input);
  return result.ok ? { ok: true, message: 'The connection works: a test file was written, read back and deleted.' } : result;
}

/** Sets sync up (a new vault) or joins one, then stores it; the first sync starts right after. */
export async function setUpSync(input: SetupInput): Promise<ActionResult> {
  const { prepareSetup } = await loadSetup();
  const prepared = await prepareSetup(input);
  if (!prepared.ok) return prepared;
  const stored = await runUiCommand('sync.configure', prepared.input, { isQuiet: true });
  if (!stored.ok) return storageFailure(stored.message);
  const message =
    input.mode === 'join'
      ? 'This device now syncs. Your other devices’ progress is coming in.'
      : prepared.hasCreatedVault
        ? 'Sync is set up. Add your other devices with the code below.'
        : 'This folder already held a sync vault that opens with your passphrase, so this device joined it.';
  return { ok: true, message };
}

export async function changeSyncPassphrase(oldPassphrase: string, newPassphrase: string): Promise<ActionResult> {
  const { preparePassphraseChange } = await loadSetup();
  const changed = await preparePassphraseChange(oldPassphrase, newPassphrase);
  if (!changed.ok) return changed;
  const stored = await runUiCommand(
    'sync.setVaultEnvelope',
    { vaultId: changed.vaultId, envelope: changed.envelope, etag: changed.etag },
    { isQuiet: true },
  );
  if (!stored.ok) return storageFailure(stored.message);
  return {
    ok: true,
    message: 'The passphrase is changed. Your devices keep syncing; a new device needs the new passphrase to join.',
  };
}

export async function setSyncPassword(user: string, password: string): Promise<ActionResult> {
  const stored = await runUiCommand('sync.setCredentials', { user, password }, { isQuiet: true });
  if (!stored.ok) return storageFailure(stored.message);
  const result = await requestSyncNow();
  if (result?.status === 'failed') return { ok: false, field: result.kind === 'unauthorized' ? 'password' : null, message: result.message };
  return { ok: true, message: 'Saved. Sync works again.' };
}

export const renameThisDevice = (name: string) => runUiCommand('device.rename', { name }, { isQuiet: true });

export const removeSyncDevice = (deviceId: string) => runUiCommand('device.remove', { deviceId }, { isQuiet: true });

export const stopSyncHere = () => runUiCommand('sync.stop', {}, { isQuiet: true });

export { requestSyncNow };
