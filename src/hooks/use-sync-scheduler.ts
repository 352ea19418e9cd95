/**
 * Starts this tab's sync scheduler while sync is set up, and stops it when sync is stopped. The
 * sync code (src/sync) loads only then, so the first view never pays for it.
 */
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { SYNC_STATE_KEYS, type SyncConfig } from '../domain/sync/sync-state';
import type { SyncScheduler } from '../sync/scheduler';
import type { SyncRunResult } from '../sync/sync-run';

let running: SyncScheduler | null = null;

/** The vault this device syncs with, live; null when sync is not set up. A new set-up restarts the scheduler. */
const readConfiguredVault = async (): Promise<string | null> =>
  ((await db.syncState.get(SYNC_STATE_KEYS.config))?.value as Pick<SyncConfig, 'vaultId'> | undefined)?.vaultId ?? null;

/** The vault this device syncs with (null: sync is not set up here), live. Small enough for the first view. */
export const useConfiguredVaultId = (): string | null => useLiveQuery(readConfiguredVault, [], null);

export function useSyncScheduler(): void {
  const vaultId = useConfiguredVaultId();
  useEffect(() => {
    if (vaultId === null) return undefined;
    let scheduler: SyncScheduler | null = null;
    let isCurrent = true;
    void import('../sync/scheduler').then(({ startSyncScheduler }) => {
      if (!isCurrent) return;
      scheduler = startSyncScheduler();
      running = scheduler;
    });
    return () => {
      isCurrent = false;
      scheduler?.stop();
      if (running === scheduler) running = null;
    };
  }, [vaultId]);
}

/** "Sync now": through this tab's scheduler (one sync at a time), or directly when it is not running. */
export async function requestSyncNow(): Promise<SyncRunResult | null> {
  if (running) return running.syncNow();
  const { runSync } = await import('../sync/sync-run');
  return runSync();
}
