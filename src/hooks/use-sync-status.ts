/**
 * Sync's state as the UI reads it, live from the device-local syncState table, so every tab shows
 * the same. The status line (header, footer) reads two rows directly and stays tiny on the first
 * load; the sync page's full overview loads its reader with the page.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { SyncOverview } from '../db/sync-repo';
import { describeSyncStatus, type SyncStatusText } from '../domain/sync/sync-status';
import { EMPTY_SYNC_STATUS, SYNC_STATE_KEYS, type SyncConfig, type SyncStatusState } from '../domain/sync/sync-state';

export type { SyncOverview };

const loadRepo = () => import('../db/sync-repo');

/** Sync's config, status, devices and log, for the sync page; undefined while loading. */
export function useSyncOverview(): SyncOverview | undefined {
  const [repo, setRepo] = useState<Awaited<ReturnType<typeof loadRepo>> | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void loadRepo().then((loaded) => isCurrent && setRepo(loaded));
    return () => {
      isCurrent = false;
    };
  }, []);
  return useLiveQuery(() => repo?.readSyncOverview(), [repo]);
}

/** navigator.onLine, following the online and offline events. */
export function useIsOnline(): boolean {
  const [isOnline, setOnline] = useState(() => navigator.onLine !== false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine !== false);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return isOnline;
}

/** The time, refreshed every `intervalMs`. */
export function useTicker(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface SyncStatusLine {
  config: SyncConfig | null;
  state: SyncStatusState;
  status: SyncStatusText;
  now: number;
}

async function readStatusRows(): Promise<{ config: SyncConfig | null; state: SyncStatusState }> {
  const [config, status] = await db.syncState.bulkGet([SYNC_STATE_KEYS.config, SYNC_STATE_KEYS.status]);
  return {
    config: (config?.value as SyncConfig | undefined) ?? null,
    state: (status?.value as SyncStatusState | undefined) ?? EMPTY_SYNC_STATUS,
  };
}

/** The status in words ("Synced 2 minutes ago"); undefined while loading. */
export function useSyncStatus(): SyncStatusLine | undefined {
  const rows = useLiveQuery(readStatusRows, []);
  const isOnline = useIsOnline();
  const now = useTicker(15_000);
  if (!rows) return undefined;
  // The ticker may lag behind a sync that just finished; never say "in the future".
  const at = Math.max(now, rows.state.lastSuccessAt ?? 0, rows.state.runningSince ?? 0);
  return { ...rows, status: describeSyncStatus(rows.state, { now: at, isOnline }), now: at };
}
