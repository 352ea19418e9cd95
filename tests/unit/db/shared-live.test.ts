// Dexie captures `indexedDB` when it loads, so the fake must be installed first.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { readNotes, readProgress, setItemStatus } from '../../../src/db/progress-repo';
import { runCommand } from '../../../src/db/commands';
import { keepUnchangedRecords } from '../../../src/domain/keep-unchanged';
import { prefetchRoadmapRecords, showCommittedProgress } from '../../../src/hooks/use-live-records';
import {
  readShared,
  resetSharedLive,
  sourcesById,
  subscribeShared,
  updateShared,
  type SharedLiveSource,
} from '../../../src/db/shared-live';
import type { ProgressRecord } from '../../../src/domain/records';

const ROADMAP = 'healthcare-ai-specialist';

/** Resolves once `check` holds, polling Dexie's live queries (they answer asynchronously). */
async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000, interval: 5 });
}

function counted<T>(key: string, read: () => Promise<T>, keep?: SharedLiveSource<T>['keep']) {
  const counter = { reads: 0 };
  const source: SharedLiveSource<T> = {
    key,
    read: () => {
      counter.reads += 1;
      return read();
    },
    ...(keep ? { keep } : {}),
  };
  return { source, counter };
}

beforeEach(async () => {
  resetSharedLive();
  await db.delete();
  await db.open();
});
afterEach(() => resetSharedLive());

describe('shared live reads', () => {
  it('runs one query for every subscriber of a key, and tells each of them about a change', async () => {
    const { source, counter } = counted(`progress:${ROADMAP}`, () => readProgress(ROADMAP), keepUnchangedRecords);
    const heard = new Map([0, 1, 2].map((index) => [index, 0]));
    const stops = [0, 1, 2].map((index) => subscribeShared(source, () => heard.set(index, (heard.get(index) ?? 0) + 1)));
    await until(() => readShared(source.key) !== undefined);
    expect(counter.reads).toBe(1);
    await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    await until(() => readShared<Map<string, unknown>>(source.key)?.size === 1);
    expect(counter.reads).toBe(2);
    expect([...heard.values()]).toEqual([2, 2, 2]);
    for (const stop of stops) stop();
  });

  it('re-reads only the queries over the table a write touched', async () => {
    const progress = counted(`progress:${ROADMAP}`, () => readProgress(ROADMAP));
    const notes = counted(`notes:${ROADMAP}`, () => readNotes(ROADMAP));
    const stops = [subscribeShared(progress.source, () => {}), subscribeShared(notes.source, () => {})];
    await until(() => readShared(progress.source.key) !== undefined && readShared(notes.source.key) !== undefined);
    await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    await until(() => progress.counter.reads === 2);
    await runCommand('note.save', { roadmapId: ROADMAP, itemId: 'p1-a', text: 'read the paper' }, { now: 2_000 });
    await until(() => notes.counter.reads === 2);
    // Give a stray re-run time to show before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(progress.counter.reads).toBe(2);
    expect(notes.counter.reads).toBe(2);
    for (const stop of stops) stop();
  });

  it('keeps the previous value (and says nothing) when a re-read finds the same records', async () => {
    const { source } = counted(`progress:${ROADMAP}`, () => readProgress(ROADMAP), keepUnchangedRecords);
    await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    let heard = 0;
    const stop = subscribeShared(source, () => (heard += 1));
    await until(() => readShared(source.key) !== undefined);
    const first = readShared(source.key);
    // Same status again: the repository writes nothing, but another roadmap's write re-runs nothing here either.
    await setItemStatus('other-roadmap', 'x', 'done', 2_000);
    await setItemStatus(ROADMAP, 'p1-b', 'done', 3_000);
    await until(() => readShared<Map<string, unknown>>(source.key)?.size === 2);
    const second = readShared<Map<string, { hlc: string }>>(source.key);
    expect(second).not.toBe(first);
    expect(second?.get('p1-a')).toBe((first as Map<string, unknown>).get('p1-a'));
    expect(heard).toBe(2);
    stop();
  });

  it('hands a read error to the reader, and a later good read clears it', async () => {
    let shouldFail = true;
    const source: SharedLiveSource<Map<string, unknown>> = {
      key: 'failing',
      read: async () => {
        const value = await readProgress(ROADMAP);
        if (shouldFail) throw new Error('disk full');
        return value;
      },
    };
    const stop = subscribeShared(source, () => {});
    await until(() => {
      try {
        readShared(source.key);
        return false;
      } catch {
        return true;
      }
    });
    expect(() => readShared(source.key)).toThrow('disk full');
    shouldFail = false;
    await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    await until(() => {
      try {
        return readShared<Map<string, unknown>>(source.key)?.size === 1;
      } catch {
        return false;
      }
    });
    stop();
  });

  it('stops the query a while after its last subscriber leaves, and a new subscriber in between reuses it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { source, counter } = counted(`progress:${ROADMAP}`, () => readProgress(ROADMAP));
      const stop = subscribeShared(source, () => {});
      await until(() => readShared(source.key) !== undefined);
      stop();
      vi.advanceTimersByTime(1_000);
      const again = subscribeShared(source, () => {});
      expect(readShared(source.key)).toBeDefined();
      expect(counter.reads).toBe(1);
      again();
      vi.advanceTimersByTime(10_000);
      expect(readShared(source.key)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a committed change at once, and its re-read then tells no one again', async () => {
    const { source, counter } = counted(`progress:${ROADMAP}`, () => readProgress(ROADMAP), keepUnchangedRecords);
    let heard = 0;
    const stop = subscribeShared(source, () => (heard += 1));
    await until(() => readShared(source.key) !== undefined);
    heard = 0;
    const record = await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    updateShared<Map<string, ProgressRecord>>(source.key, (map) => new Map(map).set(record.itemId, record));
    // At once: no database read in between.
    expect(readShared<Map<string, ProgressRecord>>(source.key)?.get('p1-a')).toBe(record);
    expect(heard).toBe(1);
    await until(() => counter.reads === 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toBe(1);
    expect(readShared<Map<string, ProgressRecord>>(source.key)?.get('p1-a')).toBe(record);
    stop();
  });

  it('updates nothing for a read that is not running or has no value yet', () => {
    let calls = 0;
    updateShared('not-running', (value) => {
      calls += 1;
      return value;
    });
    expect(calls).toBe(0);
    expect(readShared('not-running')).toBeUndefined();
  });

  it('never puts an older status over a newer one already read back', async () => {
    const stop = subscribeShared({ key: `progress:${ROADMAP}`, read: () => readProgress(ROADMAP), keep: keepUnchangedRecords }, () => {});
    await until(() => readShared(`progress:${ROADMAP}`) !== undefined);
    const older = await setItemStatus(ROADMAP, 'p1-a', 'done', 1_000);
    const newer = await setItemStatus(ROADMAP, 'p1-a', 'skipped', 2_000);
    await until(() => readShared<Map<string, ProgressRecord>>(`progress:${ROADMAP}`)?.get('p1-a')?.status === 'skipped');
    showCommittedProgress(older);
    expect(readShared<Map<string, ProgressRecord>>(`progress:${ROADMAP}`)?.get('p1-a')).toEqual(newer);
    stop();
  });

  it('sourcesById makes one source object per id', () => {
    const make = sourcesById((id) => ({ key: `x:${id}`, read: () => Promise.resolve(id) }));
    expect(make('a')).toBe(make('a'));
    expect(make('a')).not.toBe(make('b'));
  });

  it('prefetches the records of a roadmap with no one showing them yet, and keeps them for a while', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await setItemStatus('imported-one', 'g-1', 'done', 1_000);
      prefetchRoadmapRecords('imported-one');
      await until(() => readShared<Map<string, unknown>>('progress:imported-one')?.has('g-1') === true);
      await until(() => readShared('notes:imported-one') !== undefined && readShared('overlay:imported-one') !== undefined);
      // Kept for the linger time, then let go.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(readShared('progress:imported-one')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
