/** The ≥1,000 generated bad files: every one refused, the database (all tables) byte-identical. */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { importBackupText } from '../../../src/db/backup-repo';
import { BACKUP_TABLES, FORMAT_1_TABLES, serializeBackup } from '../../../src/domain/backup/backup-format';
import { parseBackupText } from '../../../src/domain/backup/parse-backup';
import { T0, sampleDataV2, sampleFile } from '../domain/backup/backup-fixtures';
import { backupDataArb } from '../domain/backup/backup-arbitraries';
import { dumpDatabase, seed } from './backup-test-helpers';

beforeEach(async () => {
  await db.delete();
  await db.open();
});

type Json = Record<string, unknown>;
const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** Values that are wrong whatever the rest of the record says. */
const BAD_RECORD_VALUES: Record<string, [string, unknown[]][]> = {
  progress: [
    ['key', [1, '', 'no-slash']],
    ['status', ['finished', null]],
    ['updatedAt', [-1, '1', 0.5, 1e20]],
    ['roadmapId', ['', 'x'.repeat(201)]],
  ],
  notes: [
    ['text', [null, 'x'.repeat(20_001)]],
    ['deletedAt', ['yes', -1]],
    ['itemId', ['a\nb', 3]],
  ],
  evidence: [['url', ['javascript:alert(1)', 'data:text/html,hi', 'not a url', 5]]],
  sessions: [
    ['day', ['2025-02-29', '2024-13-01', 20240101]],
    ['minutes', [0, 1441, 2.5, '30']],
    ['id', ['', 'a\u0000b']],
  ],
  plans: [
    ['plan', [null, [], {}]],
    ['roadmapId', [null, '']],
  ],
  settings: [
    ['value', [[], {}, 'x'.repeat(20_001)]],
    ['key', ['', null]],
  ],
  userCards: [
    ['outline', ['text', [1], null]],
    ['question', [null, 'x'.repeat(20_001)]],
  ],
  reviews: [
    ['key', ['no-slash', 'r9/uc-1']],
    ['state', [[], 'x', { reps: {} }]],
    ['due', [-1, '1']],
  ],
  customItems: [
    ['url', ['javascript:alert(1)', 'data:text/html,hi', 'not a url']],
    ['kind', ['task']],
    ['order', [-1, 0.5]],
  ],
  itemOverlays: [
    ['key', ['r9/a', 'no-slash']],
    ['isHidden', ['yes', 0]],
  ],
  roadmaps: [
    ['roadmap', [null, {}, { format: 'roadmap-tracker/roadmap', formatVersion: 1, roadmap: {} }]],
    ['id', ['', 'not-the-id']],
  ],
  noteVersions: [
    ['key', ['r1/a', 'r1/a@not-a-stamp']],
    ['noteKey', ['', 'r9/z']],
    ['text', [null, 'x'.repeat(20_001)]],
  ],
};
const BAD_HEADER_VALUES: [string, unknown[]][] = [
  ['app', ['other-app', null]],
  ['formatVersion', [4, 0, '1', 1.5]],
  ['exportedAt', [-1, 'now']],
  ['schemaVersion', [0, 2.5]],
  ['data', [null, [], 'data']],
];

type Mutation = (file: Json) => void;
const tablesOf = (file: Json) => file.data as Record<string, Json[]>;
/** Every backupDataArb(1) table has a record, so each mutation below always has a target. */
const mutationArb: fc.Arbitrary<Mutation> = fc
  .tuple(fc.nat(7), fc.nat(), fc.nat(), fc.nat(), fc.nat())
  .map(([kind, t, r, f, b]): Mutation => (file) => {
    const table = pick(BACKUP_TABLES, t);
    const record = pick(tablesOf(file)[table] ?? [], r);
    if (kind === 0) {
      const [field, bad] = pick(BAD_HEADER_VALUES, f);
      file[field] = pick(bad, b);
    } else if (kind === 1) {
      const [field, bad] = pick(BAD_RECORD_VALUES[table] ?? [], f);
      record[field] = pick(bad, b);
    } else if (kind === 2) delete record[pick(Object.keys(record), f)];
    // needsAttention is optional: a file without it has nothing set aside.
    else if (kind === 3)
      delete file[
        pick(
          Object.keys(file).filter((key) => key !== 'needsAttention'),
          f,
        )
      ];
    // Only format-1 tables are required: a format-2 file without the newer ones is valid.
    else if (kind === 4) delete (file.data as Json)[pick(FORMAT_1_TABLES, t)];
    else if (kind === 5) {
      const key = pick(['__proto__', 'constructor', 'prototype'], f);
      Object.defineProperty(b % 2 ? file : record, key, {
        value: { polluted: true },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    } else if (kind === 6) tablesOf(file)[table]?.push({ ...record });
    else record.nested = JSON.parse('['.repeat(40 + (b % 500)) + ']'.repeat(40 + (b % 500))) as unknown;
  });

const validTextArb = backupDataArb(1).map((data) => serializeBackup(sampleFile(data)));
/** Mutated backups, cut-off files and junk: none of them is a backup this app may read. */
const badFileArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(validTextArb, mutationArb).map(([text, mutate]) => {
      const json = JSON.parse(text) as Json;
      mutate(json);
      return JSON.stringify(json);
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(validTextArb, fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([text, at]) => text.slice(0, Math.floor(at * text.lastIndexOf('}')))),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json() },
);

describe('importing 1,000 generated bad files', () => {
  it('refuses every one and leaves the database byte-identical', async () => {
    await seed(sampleDataV2());
    const before = await dumpDatabase();
    // The dump covers every table, the format-2 ones included.
    expect(before).toContain('"imported-1"');
    expect(before).toContain('"r1/uc-1"');
    await fc.assert(
      fc.asyncProperty(badFileArb, fc.constantFrom('merge' as const, 'replace' as const), async (text, mode) => {
        expect(parseBackupText(text).ok).toBe(false);
        const outcome = await importBackupText(text, mode, T0 + 1);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.error.length).toBeGreaterThan(10);
        expect(await dumpDatabase()).toBe(before);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});
