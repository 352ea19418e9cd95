/**
 * Sync's commands: what this device stores about its sync (src/db/sync-repo.ts). The network part
 * (reaching the server, opening the vault) runs first in src/sync; these only store the result.
 */
import * as v from 'valibot';
import { InvalidInputError } from '../../domain/errors';
import {
  credentialsSchema,
  deviceIdSchema,
  deviceRenameSchema,
  syncConfigureSchema,
  vaultEnvelopeUpdateSchema,
} from '../../domain/sync/sync-settings';
import { command, type CommandGroup } from './define';

type SyncRepo = typeof import('../sync-repo');

/** A sync command that finds sync stopped meanwhile (in another tab) says so instead of failing. */
async function withSyncRepo<T>(run: (repo: SyncRepo) => Promise<T>): Promise<T> {
  const repo = await import('../sync-repo');
  try {
    return await run(repo);
  } catch (error) {
    if (error instanceof repo.SyncNotConfiguredError) throw new InvalidInputError(error.message);
    throw error;
  }
}

export const syncCommands = {
  /**
   * Stores sync's set-up once src/sync has reached the server and opened the vault: address,
   * credentials (kept on this device, sent only to that server), folder, this device's name and
   * the vault's key. The first sync starts from it.
   */
  'sync.configure': command(syncConfigureSchema, (input, { now }) => withSyncRepo((repo) => repo.configureSync(input, now))),
  /** "Stop syncing on this device": forgets the server and the key; every record stays. */
  'sync.stop': command(v.object({}), () => withSyncRepo((repo) => repo.stopSync())),
  /** A new user name or password for the same server (say, after an app password was replaced). */
  'sync.setCredentials': command(credentialsSchema, ({ user, password }) =>
    withSyncRepo((repo) => repo.setSyncCredentials(user, password)),
  ),
  /** After the passphrase was changed: the vault's new key envelope (the data key stays the same). */
  'sync.setVaultEnvelope': command(vaultEnvelopeUpdateSchema, (input) => withSyncRepo((repo) => repo.updateVaultEnvelope(input))),
  /** The name other devices see for this one; it travels with the next sync. */
  'device.rename': command(deviceRenameSchema, ({ name }) => withSyncRepo((repo) => repo.renameThisDevice(name))),
  /** Takes another device out of sync: its file is deleted and it stops syncing when it next tries. */
  'device.remove': command(deviceIdSchema, ({ deviceId }, { now }) => withSyncRepo((repo) => repo.removeDevice(deviceId, now))),
} satisfies CommandGroup;
