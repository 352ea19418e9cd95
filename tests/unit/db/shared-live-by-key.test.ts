// Dexie captures `indexedDB` when it loads, so the fake must be installed first.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, db } from '../../../src/db/database';
import { setItemStatus } from '../../../src/db/progress-repo';
import { readProgress, readProgressKeys } from '../../../src/db/queries';
import { keepUnchangedRecords } from '../../../src/domain/keep-unchanged';
import { readChangedKeys, readShared, resetSharedLive, subscribeShared, type SharedLiveSource } from '../../../src/db/shared-live';
import { legacyHlc } from '../../../src/domain/hlc';
import type { ItemStatus, ProgressRecord } from '../../../src/domain/records';

const ROADMAP = 'healthcare-ai-specialist';
type Progress = Map<string, ProgressRecord>;

async function until(check: () => boolean): Promise<void> {
  await vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000, interval: 5 });
}

/** Lets pending reads land (each is a few IndexedDB round trips on the fake). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** The dashboard's progress source, with counters on its whole reads and its key reads. */
function followedProgress(roadmapId = ROADMAP) {
  const counter = { reads: 0, keyReads: 0, keys: [] as string[] };
  const source: SharedLiveSource<Progress> = {
    key: `progress:${roadmapId}`,
    read: () => {
      counter.reads += 1;
      return readProgress(roadmapId);
    },
    keep: keepUnchangedRecords,
    changes: {
      table: 'progress',
      keyPrefix: `${roadmapId}/`,
      apply: (value, keys) => {
        counter.keyReads += 1;
        counter.keys.push(...keys);
        return readProgressKeys(roadmapId, value, keys);
      },
    },
  };
  return { source, counter };
}

const record = (itemId: string, status: ItemStatus, at: number, roadmapId = ROADMAP): ProgressRecord => ({
  key: `${roadmapId}/${itemId}`,
  roadmapId,
  itemId,
  status,
  doneAt: status === 'done' ? at : null,
  updatedAt: at,
  hlc: legacyHlc(at),
});

beforeEach(async () => {
  resetSharedLive();
  await db.delete();
  await db.open();
});
afterEach(() => resetSharedLive());

describe('readChangedKeys', () => {
  const tree = (...keys: (string | [string, string] | number)[]) => {
    const set = new RangeSet();
    for (const key of keys) {
      if (Array.isArray(key)) set.add({ from: key[0], to: key[1] });
      else set.addKey(key);
    }
    return set;
  };
  it.each([
    { name: 'one key of this roadmap', tree: tree('r/a'), keys: ['r/a'] },
    { name: 'keys of this roadmap and of another', tree: tree('r/a', 'other/b', 'r/c'), keys: ['r/a', 'r/c'] },
    { name: 'only keys of another roadmap', tree: tree('other/a'), keys: [] },
    { name: 'a prefix that is only a part of another id', tree: tree('rr/a'), keys: [] },
    { name: 'nothing', tree: tree(), keys: [] },
    { name: 'a range (a deletion of many, a clear)', tree: tree(['r/a', 'r/z']), keys: null },
    { name: 'a number key', tree: tree(7), keys: null },
    { name: 'more keys than are worth reading one by one', tree: tree(...Array.from({ length: 51 }, (_, i) => `r/${i}`)), keys: null },
    { name: 'exactly the most read one by one', tree: tree(...Array.from({ length: 50 }, (_, i) => `r/${i}`)), keys: 50 },
  ])('$name', ({ tree: changed, keys }) => {
    const found = readChangedKeys(changed, 'r/');
    if (typeof keys === 'number') expect(found).toHaveLength(keys);
    else expect(found === null ? null : [...found].sort()).toEqual(keys);
  });
});

describe('a shared read that follows changes by key', () => {
  it('reads back only the record a tick wrote, not the whole roadmap again', async () => {
    await db.progress.bulkPut(Array.from({ length: 300 }, (_, i) => record(`g-${i}`, 'done', 1_000 + i)));
    const { source, counter } = followedProgress();
    let heard = 0;
    const stop = subscribeShared(source, () => (heard += 1));
    await until(() => readShared<Progress>(source.key)?.size === 300);
    const before = readShared<Progress>(source.key);
    await setItemStatus(ROADMAP, 'g-7', 'not-started', 5_000);
    await until(() => readShared<Progress>(source.key)?.get('g-7')?.status === 'not-started');
    expect(counter).toMatchObject({ reads: 1, keyReads: 1, keys: [`${ROADMAP}/g-7`] });
    expect(heard).toBe(2);
    // Every other record is the same object as before, so their rows do not render again.
    const after = readShared<Progress>(source.key);
    expect(after?.get('g-8')).toBe(before?.get('g-8'));
    stop();
  });

  it('ignores writes to other roadmaps and other tables', async () => {
    const { source, counter } = followedProgress();
    let heard = 0;
    const stop = subscribeShared(source, () => (heard += 1));
    await until(() => readShared(source.key) !== undefined);
    await setItemStatus('another-roadmap', 'x', 'done', 1_000);
    await db.settings.put({ key: 'x', value: 1, updatedAt: 1, deletedAt: null, hlc: legacyHlc(1) });
    await settle();
    expect(counter).toMatchObject({ reads: 1, keyReads: 0 });
    expect(heard).toBe(1);
    stop();
  });

  it('drops a deleted record, and reads everything again after a write over a range or many keys', async () => {
    const { source, counter } = followedProgress();
    const stop = subscribeShared(source, () => {});
    await until(() => readShared(source.key) !== undefined);
    await db.progress.bulkPut(Array.from({ length: 60 }, (_, i) => record(`g-${i}`, 'done', 1_000 + i)));
    await until(() => readShared<Progress>(source.key)?.size === 60);
    expect(counter.reads).toBe(2);
    await db.progress.delete(`${ROADMAP}/g-3`);
    await until(() => readShared<Progress>(source.key)?.size === 59);
    expect(readShared<Progress>(source.key)?.has('g-3')).toBe(false);
    expect(counter.keyReads).toBe(1);
    await db.progress.where('key').startsWith(`${ROADMAP}/g-1`).delete();
    await until(() => readShared<Progress>(source.key)?.has('g-10') === false);
    expect(readShared<Progress>(source.key)?.size).toBe(48);
    stop();
  });

  it('sees a write made through another connection (another tab of the same database)', async () => {
    const { source } = followedProgress();
    const stop = subscribeShared(source, () => {});
    await until(() => readShared(source.key) !== undefined);
    const other = createDatabase(db.name);
    await other.open();
    await other.progress.put(record('from-elsewhere', 'in-progress', 2_000));
    await until(() => readShared<Progress>(source.key)?.get('from-elsewhere')?.status === 'in-progress');
    other.close();
    stop();
  });

  it('stops following when the last subscriber has gone and the linger time is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { source, counter } = followedProgress();
      const stop = subscribeShared(source, () => {});
      await until(() => readShared(source.key) !== undefined);
      stop();
      await vi.advanceTimersByTimeAsync(10_000);
      vi.useRealTimers();
      await setItemStatus(ROADMAP, 'g-1', 'done', 3_000);
      await settle();
      expect(counter).toMatchObject({ reads: 1, keyReads: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('always ends equal to a fresh read, whatever mix of ticks, deletions, bulk writes and clears ran', async () => {
    const item = fc.constantFrom('a', 'b', 'c', 'd');
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        item,
        status: fc.constantFrom<ItemStatus>('done', 'not-started', 'skipped', 'in-progress'),
      }),
      fc.record({ kind: fc.constant('delete' as const), item }),
      fc.record({ kind: fc.constant('bulk' as const), count: fc.integer({ min: 1, max: 70 }) }),
      fc.record({ kind: fc.constant('other' as const), item }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        resetSharedLive();
        await db.progress.clear();
        const { source } = followedProgress();
        const stop = subscribeShared(source, () => {});
        await until(() => readShared(source.key) !== undefined);
        let at = 10_000;
        for (const next of steps) {
          at += 1;
          if (next.kind === 'put') await db.progress.put(record(next.item, next.status, at));
          else if (next.kind === 'delete') await db.progress.delete(`${ROADMAP}/${next.item}`);
          else if (next.kind === 'other') await db.progress.put(record(next.item, 'done', at, 'other-roadmap'));
          else if (next.kind === 'clear') await db.progress.clear();
          else await db.progress.bulkPut(Array.from({ length: next.count }, (_, i) => record(`bulk-${i}`, 'done', at)));
        }
        const expected = await readProgress(ROADMAP);
        const summary = (map: Progress | undefined) => [...(map ?? new Map()).entries()].map(([id, r]) => `${id}:${r.hlc}`).sort();
        await until(() => JSON.stringify(summary(readShared<Progress>(source.key))) === JSON.stringify(summary(expected)));
        stop();
      }),
      { numRuns: 25 },
    );
  });
});
