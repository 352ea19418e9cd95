/**
 * Fuzzing the import: mutations of valid backups must all be refused with a message, and no
 * random input may ever produce an `ok` file that the schema would not accept.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, FORMAT_1_TABLES, buildBackup, serializeBackup } from '../../../../src/domain/backup/backup-format';
import { backupFileSchema } from '../../../../src/domain/backup/backup-schema';
import { parseBackupText } from '../../../../src/domain/backup/parse-backup';
import { backupDataArb } from './backup-arbitraries';
import { T0 } from './backup-fixtures';

type Json = Record<string, unknown>;
type Mutation = (file: Json) => void;

const validFileArb = backupDataArb(1).map((data) => buildBackup(data, { appVersion: '1.0.0', schemaVersion: 1, now: T0 }));
const asJson = (text: string): Json => JSON.parse(text) as Json;
const dataOf = (file: Json): Record<string, Json[]> => file.data as Record<string, Json[]>;
const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** Values each field must refuse (kept to fields where the value is wrong whatever the rest is). */
const BAD_VALUES: Record<string, Record<string, unknown[]>> = {
  progress: {
    key: [1, '', null, 'no-slash-here'],
    status: ['finished', 'DONE', 1, null],
    doneAt: ['1', -1, 1.5, 4e13, true],
    updatedAt: [null, '1', -5, 1e20, 0.5],
    roadmapId: [5, '', 'x'.repeat(201), null],
  },
  notes: { text: [null, 5, 'x'.repeat(20_001), []], deletedAt: ['yes', -1, {}], itemId: ['a\nb', 3] },
  evidence: {
    url: ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,hi', 'ftp://x.org/f', 'vbscript:x', 'not a url', 5],
    deletedAt: [-1, 'no'],
  },
  sessions: {
    day: ['2025-02-29', '2024-13-01', '2024-1-1', '20240101', 20240101, '2024-02-30', '1969-12-31', '2024-04-31'],
    minutes: [0, -5, 1441, 2.5, '30', null],
    id: ['', 7, 'a\u0000b'],
    note: [null, 'x'.repeat(20_001)],
    phaseId: [5, ''],
  },
  plans: {
    plan: [null, [], 'as-written', {}],
    previous: [{}, 5, []],
    roadmapId: [null, ''],
  },
  settings: { value: [[], {}, 'x'.repeat(20_001)], key: ['', null, 1] },
  userCards: { question: [null, 'x'.repeat(20_001)], outline: ['one line', [1], null], phaseId: ['', 3] },
  reviews: {
    key: ['no-slash-here', 'r9/q-1', 2],
    due: [-1, 'tomorrow', 1e20],
    state: [[], 'x', null, { reps: { nested: 1 } }, { reps: [] }, { reps: 'x'.repeat(2_001) }],
  },
  customItems: {
    url: ['javascript:alert(1)', 'data:text/html,hi', 'not a url', 5],
    kind: ['task', null],
    order: [-1, 1.5, '1', 2_000_000],
    text: [null, 'x'.repeat(20_001)],
  },
  itemOverlays: { key: ['r9/a', 'no-slash-here', 4], isHidden: ['yes', 1, null] },
  noteVersions: { key: ['r1/a', 'r1/a@not-a-stamp', 5], noteKey: ['r9/z', ''], text: [null, 'x'.repeat(20_001)] },
  roadmaps: {
    roadmap: [null, 5, {}, [], { format: 'roadmap-tracker/roadmap', formatVersion: 1, roadmap: {} }, { format: 'other', formatVersion: 1 }],
    id: ['', 'not-the-document-id', null],
    importedAt: [-1, 'now'],
  },
};

const BAD_PLAN_VALUES: Record<string, unknown[]> = {
  startDate: ['2025-02-29', 'tomorrow'],
  target: [{ mode: 'soon' }, { mode: 'finish-by' }, { mode: 'finish-by', finishBy: '2026-02-30' }, 'as-written', null],
  hoursPerWeek: [-1, 169, '10'],
  phaseDays: [{ p1: 0 }, { p1: 1.5 }, { p1: '3' }, [], null],
};

const BAD_HEADER: Record<string, unknown[]> = {
  app: ['other-app', null, 5],
  formatVersion: [4, 0, '1', null, 1.5],
  exportedAt: [-1, 'now', null],
  appVersion: [5, 'x'.repeat(65)],
  schemaVersion: [0, 'x', 2.5],
  data: [null, [], 'data'],
};

const entriesOf = (table: Record<string, unknown[]>): [string, unknown[]][] => Object.entries(table);

const badValueMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat())
  .map(([t, r, f, b, where]) => (file) => {
    const kind = where % 3;
    if (kind === 0) {
      const [field, bad] = pick(entriesOf(BAD_HEADER), f);
      file[field] = pick(bad, b);
      return;
    }
    if (kind === 1) {
      const plan = pick(dataOf(file).plans ?? [], r).plan as Json;
      const [field, bad] = pick(entriesOf(BAD_PLAN_VALUES), f);
      plan[field] = pick(bad, b);
      return;
    }
    const table = pick(Object.keys(BAD_VALUES), t);
    const [field, bad] = pick(entriesOf(BAD_VALUES[table] ?? {}), f);
    pick(dataOf(file)[table] ?? [], r)[field] = pick(bad, b);
  });

const deleteFieldMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean())
  .map(([t, r, f, header]) => (file) => {
    if (header) {
      // needsAttention is optional (a file without it has nothing set aside).
      delete file[
        pick(
          Object.keys(file).filter((key) => key !== 'needsAttention'),
          f,
        )
      ];
      return;
    }
    const record = pick(dataOf(file)[pick(BACKUP_TABLES, t)] ?? [], r);
    delete record[pick(Object.keys(record), f)];
  });

/** Only format-1 tables are required; a format-2 file without the newer ones is valid. */
const deleteTableMutation: fc.Arbitrary<Mutation> = fc.nat().map((t) => (file) => {
  delete (file.data as Json)[pick(FORMAT_1_TABLES, t)];
});

const protoMutation: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.boolean())
  .map(([t, r, key, top]) => (file) => {
    const target = top ? file : pick(dataOf(file)[pick(BACKUP_TABLES, t)] ?? [], r);
    // defineProperty, because `target[key] = ...` would set the prototype instead of a key.
    Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
  });

const duplicateMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat()).map(([t, r]) => (file) => {
  const records = dataOf(file)[pick(BACKUP_TABLES, t)] ?? [];
  records.push({ ...pick(records, r) });
});

const deepMutation: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.integer({ min: 33, max: 2_000 })).map(([r, depth]) => (file) => {
  pick(dataOf(file).settings ?? [], r).value = JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;
});

const objectMutationArb = fc.oneof(
  badValueMutation,
  deleteFieldMutation,
  deleteTableMutation,
  protoMutation,
  duplicateMutation,
  deepMutation,
);

/** Bad texts: mutated backups, truncations and junk. */
const badTextArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(validFileArb, objectMutationArb).map(([file, mutate]) => {
      const json = asJson(serializeBackup(file));
      mutate(json);
      return JSON.stringify(json);
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(validFileArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([file, at]) => {
      const text = serializeBackup(file);
      // Any cut before the final brace leaves the JSON incomplete.
      return text.slice(0, Math.floor(at * text.lastIndexOf('}')));
    }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json() },
);

describe('parseBackupText under fuzzing', () => {
  it('refuses every mutated, truncated or junk input with a message', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(badTextArb, (text) => {
        const result = parseBackupText(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.trim().length).toBeGreaterThan(10);
      }),
      { numRuns: 1_500 },
    );
  });

  it('never accepts a random field value unless the schema does', () => {
    fc.assert(
      fc.property(validFileArb, fc.nat(), fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (file, t, r, f, junk) => {
        const json = asJson(serializeBackup(file));
        const record = pick(dataOf(json)[pick(BACKUP_TABLES, t)] ?? [], r);
        record[pick(Object.keys(record), f)] = junk;
        const result = parseBackupText(JSON.stringify(json));
        if (result.ok) {
          expect(v.is(backupFileSchema, result.file)).toBe(true);
          // Stable: writing the accepted file and reading it back changes nothing.
          const again = parseBackupText(serializeBackup(result.file));
          expect(again.ok && serializeBackup(again.file)).toBe(serializeBackup(result.file));
        } else {
          expect(result.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
