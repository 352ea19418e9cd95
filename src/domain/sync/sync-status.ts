/**
 * The sync status in plain words, for the sync page and the compact line in the app's header:
 * "Synced 2 minutes ago", "Offline — your changes will sync when you're back online",
 * "Sync failed: the server rejected the user name or password …".
 */

/** What the last sync attempts left behind (stored per device, read by every tab). */
export interface SyncStatusState {
  /** Epoch ms of the last sync that finished. */
  lastSuccessAt: number | null;
  /** A sync in progress since (epoch ms); a stale value (a closed tab) is ignored after a while. */
  runningSince: number | null;
  /** The last attempt failed (cleared by the next success). */
  failure: { kind: string; message: string; at: number } | null;
}

export type SyncTone = 'ok' | 'busy' | 'offline' | 'error' | 'stopped';

export interface SyncStatusText {
  tone: SyncTone;
  /** A full sentence. */
  text: string;
  /** One or two words for the header: "Synced", "Syncing…", "Offline", "Sync failed". */
  short: string;
}

/** Failures after which sync does not go on by itself: the person has to act. */
export const STOPPING_FAILURES: ReadonlySet<string> = new Set(['vault-missing', 'vault-replaced', 'removed']);

/** A sync that has run longer than this was cut off (its tab closed); the status stops saying "Syncing". */
export const STALE_RUN_MS = 3 * 60 * 1000;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

/** "just now", "2 minutes ago", "an hour ago", "5 hours ago", "yesterday", "on Nov 20". */
export function formatTimeAgo(then: number, now: number): string {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) {
    const minutes = Math.floor(elapsed / MINUTE);
    return minutes === 1 ? 'a minute ago' : `${minutes} minutes ago`;
  }
  if (elapsed < DAY) {
    const hours = Math.floor(elapsed / HOUR);
    return hours === 1 ? 'an hour ago' : `${hours} hours ago`;
  }
  if (elapsed < 2 * DAY) return 'yesterday';
  return `on ${dayFormat.format(then)}`;
}

const lowerFirst = (text: string): string => (text === '' ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`);

export function describeSyncStatus(state: SyncStatusState, { now, isOnline }: { now: number; isOnline: boolean }): SyncStatusText {
  const isRunning = state.runningSince !== null && now - state.runningSince < STALE_RUN_MS;
  if (state.failure && STOPPING_FAILURES.has(state.failure.kind)) {
    return { tone: 'stopped', text: state.failure.message, short: 'Sync stopped' };
  }
  if (!isOnline) {
    return { tone: 'offline', text: 'Offline — your changes will sync when you’re back online.', short: 'Offline' };
  }
  if (isRunning) return { tone: 'busy', text: 'Syncing now…', short: 'Syncing…' };
  if (state.failure && (state.lastSuccessAt === null || state.failure.at >= state.lastSuccessAt)) {
    const since = state.lastSuccessAt === null ? '' : ` Last synced ${formatTimeAgo(state.lastSuccessAt, now)}.`;
    const message = state.failure.message.replace(/\s*$/, '');
    return { tone: 'error', text: `Sync failed: ${lowerFirst(message)}${since}`, short: 'Sync failed' };
  }
  if (state.lastSuccessAt === null)
    return { tone: 'busy', text: 'Not synced yet. The first sync starts in a moment.', short: 'Not synced' };
  return { tone: 'ok', text: `Synced ${formatTimeAgo(state.lastSuccessAt, now)}.`, short: 'Synced' };
}
