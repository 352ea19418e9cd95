// The scheduler reads window and document (events, visibility); Node has EventTarget for both.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANGE_DELAY_MS, PERIOD_MS, startSyncScheduler, type SyncScheduler } from '../../../src/sync/scheduler';
import type { SyncRunResult } from '../../../src/sync/sync-run';

const SYNCED: SyncRunResult = { status: 'synced', log: [], changedRecords: 0, restorePointId: null, clocksAhead: [], hasUploaded: false };
const UNREACHABLE: SyncRunResult = { status: 'failed', kind: 'unreachable', message: 'the server could not be reached.' };
const VAULT_GONE: SyncRunResult = { status: 'failed', kind: 'vault-missing', message: 'the sync folder is gone.' };

interface Harness {
  scheduler: SyncScheduler;
  /** Start times of every sync, in ms since the scheduler started. */
  runs: number[];
  /** What the next syncs answer, in order; the last one repeats. */
  answers: SyncRunResult[];
  commit: () => void;
}

let harness: Harness | undefined;
let fakeDocument: EventTarget & { visibilityState: string };
const globals = globalThis as unknown as Record<string, unknown>;

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  fakeDocument = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  globals.window = new EventTarget();
  globals.document = fakeDocument;
});
afterEach(() => {
  harness?.scheduler.stop();
  harness = undefined;
  vi.useRealTimers();
  delete globals.window;
  delete globals.document;
});

function start(answers: SyncRunResult[], runMs = 100): Harness {
  const listeners = new Set<() => void>();
  const made: Harness = {
    runs: [],
    answers,
    commit: () => {
      for (const listener of listeners) listener();
    },
    scheduler: startSyncScheduler({
      runSync: async () => {
        made.runs.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, runMs));
        return (made.answers.length > 1 ? made.answers.shift() : made.answers[0]) ?? SYNCED;
      },
      onDataCommitted: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
  };
  harness = made;
  return made;
}

/** "Sync now", with the fake clock running until it answers. */
async function syncNowNow(h: Harness): Promise<SyncRunResult | null> {
  const answer = h.scheduler.syncNow();
  await vi.advanceTimersByTimeAsync(100);
  return answer;
}

describe('when a device syncs', () => {
  it('syncs at start, a few seconds after a change, and every few minutes while open', async () => {
    const { runs, commit } = start([SYNCED]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toEqual([0]);
    commit();
    commit();
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS + 200);
    expect(runs).toEqual([0, 1_000 + CHANGE_DELAY_MS]);
    await vi.advanceTimersByTimeAsync(PERIOD_MS);
    expect(runs).toHaveLength(3);
    // The interval's tick queues the sync as a timer of its own (a millisecond later).
    expect(runs[2]).toBeGreaterThanOrEqual(PERIOD_MS);
    expect(runs[2]).toBeLessThan(PERIOD_MS + 10);
  });

  it('syncs again after a run when something changed while it ran, not during it', async () => {
    const { runs, commit } = start([SYNCED], 2_000);
    await vi.advanceTimersByTimeAsync(500);
    commit();
    await vi.advanceTimersByTimeAsync(1_600);
    expect(runs).toEqual([0]);
    await vi.advanceTimersByTimeAsync(CHANGE_DELAY_MS + 100);
    expect(runs).toEqual([0, 2_000 + CHANGE_DELAY_MS]);
  });

  it('tries again after 15 s, 30 s and 1 min while the server is away, and never waits longer than the 3-minute period', async () => {
    const { runs } = start([UNREACHABLE]);
    await vi.advanceTimersByTimeAsync(20 * 60_000);
    const pauses = runs.slice(1).map((at, index) => at - (runs[index] ?? 0) - 100);
    expect(pauses.slice(0, 3)).toEqual([15_000, 30_000, 60_000]);
    expect(Math.max(...pauses)).toBeLessThanOrEqual(PERIOD_MS);
    expect(runs.length).toBeGreaterThanOrEqual(9);
  });

  it('does not push the next try further out when "Sync now" fails too, and starts over after a success', async () => {
    const h = start([UNREACHABLE, UNREACHABLE, UNREACHABLE, UNREACHABLE, UNREACHABLE, SYNCED, UNREACHABLE]);
    await vi.advanceTimersByTimeAsync(200); // start: failed, next try in 15 s
    await vi.advanceTimersByTimeAsync(15_000); // retry: failed, next in 30 s
    expect(h.runs).toEqual([0, 15_100]);
    // Pressed twice while the server is away: the pauses go on as if it had not been.
    expect(await syncNowNow(h)).toEqual(UNREACHABLE);
    expect(await syncNowNow(h)).toEqual(UNREACHABLE);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.runs.at(-1)).toBe(15_200 + 30_000); // failed again: next in 1 min, not 3
    await vi.advanceTimersByTimeAsync(60_000 + 100);
    expect(h.runs.at(-1)).toBe(45_300 + 60_000);
    // That one succeeded; the next failure waits 15 s again.
    expect(await syncNowNow(h)).toEqual(UNREACHABLE);
    const failedAt = Date.now();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(h.runs.at(-1)).toBe(failedAt + 15_000);
  });

  it('waits for the person when the sync folder is gone or replaced', async () => {
    const { runs } = start([VAULT_GONE]);
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    expect(runs).toEqual([0]);
  });

  it('syncs soon when the network comes back and when the app returns to the foreground', async () => {
    const { runs } = start([SYNCED]);
    await vi.advanceTimersByTimeAsync(1_000);
    (globals.window as EventTarget).dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(700);
    expect(runs).toEqual([0, 1_500]);
    // Back in the foreground soon after a sync: nothing; after half a minute: a sync.
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(30_000);
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(700);
    expect(runs).toHaveLength(3);
  });

  it('stops syncing altogether once stopped, and when sync is no longer set up', async () => {
    const stopped = start([SYNCED]);
    await vi.advanceTimersByTimeAsync(200);
    stopped.scheduler.stop();
    stopped.commit();
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 2);
    expect(stopped.runs).toEqual([0]);
    expect(await stopped.scheduler.syncNow()).toBeNull();

    const startedAt = Date.now();
    const gone = start([{ status: 'not-configured' }]);
    await vi.advanceTimersByTimeAsync(200);
    gone.commit();
    await vi.advanceTimersByTimeAsync(PERIOD_MS * 2);
    expect(gone.runs).toEqual([startedAt]);
  });
});
