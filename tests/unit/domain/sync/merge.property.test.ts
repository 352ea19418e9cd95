import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc } from '../../../../src/domain/hlc';
import { mergeReplicas, type ReplicaTables } from '../../../../src/domain/sync/merge';
import { isSupersededBy } from '../../../../src/domain/sync/note-versions';
import { applyChanges, IDENTITY, opArbitrary, skewArbitrary, sortedTables, World, type Note } from './replica-model';
import type { SyncRecord } from './replica-model';

const merge = (a: ReplicaTables<SyncRecord>, b: ReplicaTables<SyncRecord>) => mergeReplicas(a, b, { identity: IDENTITY }).tables;

/** Three to four devices, with skewed clocks, doing up to 40 things in a random order. */
const worldArbitrary = fc
  .array(skewArbitrary, { minLength: 2, maxLength: 4 })
  .chain((skews) => fc.tuple(fc.constant(skews), fc.array(opArbitrary(skews.length), { maxLength: 40 })));

function run([skews, ops]: [number[], ReturnType<typeof opArbitrary> extends fc.Arbitrary<infer O> ? O[] : never]): World {
  const world = new World(skews);
  for (const op of ops) world.apply(op);
  return world;
}

/** Replica states as they are mid-history (not yet synced to each other). */
const statesArbitrary = worldArbitrary.map((input) => run(input).replicas.map((replica) => replica.tables));

/** Arbitrary plain tables, with clashing stamps and contents, for the non-note rule. */
const plainTablesArbitrary = fc
  .array(
    fc.record({
      key: fc.constantFrom('a', 'b', 'c'),
      hlc: fc
        .tuple(fc.nat({ max: 3 }), fc.nat({ max: 1 }), fc.constantFrom('n1', 'n2'))
        .map(([wall, counter, node]) => `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${node}`),
      status: fc.constantFrom('done', 'skipped'),
      deletedAt: fc.constantFrom(null, 5),
    }),
    { maxLength: 6 },
  )
  .map((progress): ReplicaTables<SyncRecord> => ({ progress }));

describe('mergeReplicas, algebra', () => {
  it('is commutative, associative and idempotent on plain last-writer-wins tables', () => {
    fc.assert(
      fc.property(plainTablesArbitrary, plainTablesArbitrary, plainTablesArbitrary, (a, b, c) => {
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        const normal = merge(a, {});
        expect(merge(normal, normal)).toEqual(normal);
      }),
    );
  });

  it('is commutative, associative and idempotent on device states with notes and other versions', () => {
    fc.assert(
      fc.property(statesArbitrary, (states) => {
        const [a = {}, b = {}, c = {}] = states;
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        expect(merge(a, a)).toEqual(sortedTables(a));
        expect(merge(a, {})).toEqual(sortedTables(a));
      }),
      { numRuns: 200 },
    );
  });

  it('lists exactly the changes that turn the local tables into the merged ones', () => {
    fc.assert(
      fc.property(statesArbitrary, (states) => {
        const [a = {}, b = {}] = states;
        const result = mergeReplicas(a, b, { identity: IDENTITY });
        expect(sortedTables(applyChanges(a, result.changes))).toEqual(result.tables);
      }),
      { numRuns: 200 },
    );
  });
});

describe('devices that sync in random orders', () => {
  it('end with the same tables once everyone has synced with everyone', () => {
    fc.assert(
      fc.property(worldArbitrary, (input) => {
        const world = run(input);
        world.syncAll();
        const [first, ...rest] = world.replicas.map((replica) => sortedTables(replica.tables));
        for (const other of rest) expect(other).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('lose no note text ever saved: each is the note, an other version, or was edited further', () => {
    fc.assert(
      fc.property(worldArbitrary, (input) => {
        const world = run(input);
        world.syncAll();
        const tables = world.replicas[0]?.tables ?? {};
        for (const key of new Set(world.savedNotes.map((note) => note.key))) {
          const saved = world.savedNotes.filter((note) => note.key === key);
          // The versions nobody built on: all of them must still be there.
          const expected = saved.filter((version) => !saved.some((other) => isSupersededBy(version, other))).map((note) => note.hlc);
          const present = [
            ...(tables.notes ?? []).filter((note) => note.key === key),
            ...(tables.noteVersions ?? []).filter((version) => version.noteKey === key),
          ] as unknown as Note[];
          expect(present.map((note) => note.hlc).toSorted()).toEqual(expected.toSorted());
          for (const note of present) expect(note.text).toBe(saved.find((version) => version.hlc === note.hlc)?.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keep for each progress record the version with the latest stamp, tombstone or not', () => {
    fc.assert(
      fc.property(worldArbitrary, (input) => {
        const world = run(input);
        world.syncAll();
        const progress = world.replicas[0]?.tables.progress ?? [];
        for (const key of new Set(world.writtenProgress.map((record) => record.key))) {
          const latest = world.writtenProgress
            .filter((record) => record.key === key)
            .reduce((a: SyncRecord, b) => (compareHlc(a.hlc, b.hlc) >= 0 ? a : b));
          expect(progress.find((record) => record.key === key)).toEqual(latest);
        }
      }),
      { numRuns: 200 },
    );
  });
});
