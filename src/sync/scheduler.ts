/**
 * When this device syncs: at start, a few seconds after a committed change, when the network comes
 * back, when the app returns to the foreground, every few minutes while it is open, and on
 * "Sync now". A failed sync is tried again after a growing pause.
 *
 * Changes are noticed through Dexie's storagemutated event (sync-repo.onDataCommitted) rather than
 * by wrapping the command runner: it fires only after a transaction committed, for every way data
 * is written (commands, imports, restores, other tabs), and it needs nothing from the command layer.
 *
 * One sync at a time per device: inside a tab by a promise chain, across tabs by the Web Locks API
 * where the browser has it (every current browser). Without it two tabs may sync at the same
 * time, which costs a request or two but loses nothing: both write the same merged view.
 *
 * Nothing here blocks ticking: a sync awaits the network and crypto outside IndexedDB, and its one
 * merge transaction holds the tables for as long as a plain write does.
 */
import { onDataCommitted } from '../db/sync-repo';
import { STOPPING_FAILURES } from '../domain/sync/sync-status';
import { runSync, type SyncRunResult } from './sync-run';

export const CHANGE_DELAY_MS = 3_000;
export const PERIOD_MS = 3 * 60 * 1000;
const FOREGROUND_MIN_GAP_MS = 30_000;
const RETRY_BASE_MS = 15_000;
const LOCK_NAME = 'healthcare-ai-roadmap-tracker-sync';

export type SyncReason = 'start' | 'change' | 'online' | 'foreground' | 'interval' | 'manual' | 'retry';

/** What the scheduler runs and listens to; the app's own by default, others in tests. */
export interface SchedulerDeps {
  runSync: () => Promise<SyncRunResult>;
  onDataCommitted: (listener: () => void) => () => void;
}

const APP_DEPS: SchedulerDeps = { runSync, onDataCommitted };

export interface SyncScheduler {
  /** Syncs now (after any sync already running); resolves to its result, null when offline. */
  syncNow(): Promise<SyncRunResult | null>;
  stop(): void;
}

async function withDeviceLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return run();
  return locks.request(LOCK_NAME, run) as Promise<T>;
}

const isOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

export function startSyncScheduler(deps: SchedulerDeps = APP_DEPS): SyncScheduler {
  let isStopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = Infinity;
  let chain: Promise<unknown> = Promise.resolve();
  let isRunning = false;
  let hasChangedDuringRun = false;
  let failures = 0;
  let lastFinishedAt = 0;

  // Every sync does the same; the reason only decides whether a failure lengthens the pause.
  const run = (reason: SyncReason): Promise<SyncRunResult | null> => {
    const next = chain.then(async (): Promise<SyncRunResult | null> => {
      if (isStopped) return null;
      if (!isOnline()) return null;
      isRunning = true;
      hasChangedDuringRun = false;
      let result: SyncRunResult;
      try {
        result = await withDeviceLock(() => deps.runSync());
      } finally {
        isRunning = false;
        lastFinishedAt = Date.now();
      }
      afterRun(result, reason);
      return result;
    });
    chain = next.catch(() => undefined);
    return next;
  };

  function schedule(delayMs: number, reason: SyncReason): void {
    if (isStopped) return;
    const at = Date.now() + delayMs;
    if (timer !== null && at >= dueAt) return;
    if (timer !== null) clearTimeout(timer);
    dueAt = at;
    timer = setTimeout(() => {
      timer = null;
      dueAt = Infinity;
      void run(reason);
    }, delayMs);
  }

  function afterRun(result: SyncRunResult, reason: SyncReason): void {
    if (result.status === 'not-configured' || result.status === 'removed' || result.status === 'stale') {
      stop();
      return;
    }
    if (result.status === 'failed') {
      // "Sync now" pressed while the server is away does not push the next try further out.
      if (reason !== 'manual' || failures === 0) failures += 1;
      // A folder that is gone or replaced waits for the person; anything else is tried again.
      if (!STOPPING_FAILURES.has(result.kind)) schedule(Math.min(RETRY_BASE_MS * 2 ** (failures - 1), PERIOD_MS), 'retry');
      return;
    }
    failures = 0;
    if (hasChangedDuringRun) schedule(CHANGE_DELAY_MS, 'change');
  }

  const onChange = (): void => {
    if (isRunning) hasChangedDuringRun = true;
    else schedule(CHANGE_DELAY_MS, 'change');
  };
  const onOnline = (): void => schedule(500, 'online');
  const onVisibility = (): void => {
    if (document.visibilityState === 'visible' && Date.now() - lastFinishedAt > FOREGROUND_MIN_GAP_MS) schedule(500, 'foreground');
  };
  const unsubscribe = deps.onDataCommitted(onChange);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibility);
  const interval = setInterval(() => {
    if (document.visibilityState === 'visible') schedule(0, 'interval');
  }, PERIOD_MS);

  function stop(): void {
    if (isStopped) return;
    isStopped = true;
    if (timer !== null) clearTimeout(timer);
    clearInterval(interval);
    unsubscribe();
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibility);
  }

  schedule(0, 'start');
  return {
    syncNow: () => run('manual'),
    stop,
  };
}
