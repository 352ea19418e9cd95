import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES, RECORD_IDENTITY, type BackupData, type BackupTable } from '../../../../src/domain/backup/backup-format';
import { applyMergePlan, planMerge, replaceAll, type MergeDecision } from '../../../../src/domain/backup/merge';
import { backupDataArb } from './backup-arbitraries';

const opts = { now: 0, fileExportedAt: Date.UTC(2026, 10, 20, 12) };
const merge = (local: BackupData, incoming: BackupData): BackupData => applyMergePlan(planMerge(local, incoming, opts));
const ids = (data: BackupData, table: BackupTable): string[] => {
  const idOf = RECORD_IDENTITY[table] as (r: unknown) => string;
  const records: readonly unknown[] = data[table];
  return records.map(idOf);
};
const NON_NOTE_TABLES = BACKUP_TABLES.filter((t) => t !== 'notes');
const RUNS = { numRuns: 400 };

describe('merge properties', () => {
  it('merge(A, A) = A', () => {
    fc.assert(
      fc.property(backupDataArb(), (a) => void expect(merge(a, a)).toEqual(replaceAll(a))),
      RUNS,
    );
  });

  it('is idempotent: merge(merge(L, I), I) = merge(L, I)', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (local, incoming) => {
        const once = merge(local, incoming);
        expect(merge(once, incoming)).toEqual(once);
      }),
      RUNS,
    );
  });

  it('is order-independent for every table but notes', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (a, b) => {
        const [ab, ba] = [merge(a, b), merge(b, a)];
        for (const table of NON_NOTE_TABLES) expect(ab[table]).toEqual(ba[table]);
      }),
      RUNS,
    );
  });

  it('is order-independent for notes that do not conflict', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (a, b) => {
        const [ab, ba] = [planMerge(a, b, opts).tables.notes, planMerge(b, a, opts).tables.notes];
        const combined = (d: MergeDecision<unknown>) => d.outcome === 'note-merged' || d.outcome === 'note-too-long';
        const conflicted = new Set([...ab, ...ba].filter(combined).map((d) => d.id));
        const plain = (decisions: typeof ab) => decisions.filter((d) => !conflicted.has(d.id)).map((d) => d.result);
        expect(plain(ab)).toEqual(plain(ba));
      }),
      RUNS,
    );
  });

  it('loses no record: every identity of L and I is in the result, once', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (local, incoming) => {
        const merged = merge(local, incoming);
        for (const table of BACKUP_TABLES) {
          const expected = [...new Set([...ids(local, table), ...ids(incoming, table)])].sort();
          expect(ids(merged, table)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it('keeps the newest version: each result has the max updatedAt of both sides (all tables but notes)', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (local, incoming) => {
        const merged = merge(local, incoming);
        for (const table of NON_NOTE_TABLES) {
          const newest = new Map<string, number>();
          for (const side of [local, incoming]) {
            const records: readonly { updatedAt: number }[] = side[table];
            const sideIds = ids(side, table);
            records.forEach((r, i) => {
              const id = sideIds[i] ?? '';
              newest.set(id, Math.max(newest.get(id) ?? 0, r.updatedAt));
            });
          }
          const records: readonly { updatedAt: number }[] = merged[table];
          const mergedIds = ids(merged, table);
          records.forEach((r, i) => expect(r.updatedAt).toBe(newest.get(mergedIds[i] ?? '')));
        }
      }),
      RUNS,
    );
  });

  it('never drops a note text when both sides are alive', () => {
    fc.assert(
      fc.property(backupDataArb(), backupDataArb(), (local, incoming) => {
        const merged = new Map(merge(local, incoming).notes.map((n) => [n.key, n.text]));
        for (const l of local.notes) {
          const i = incoming.notes.find((n) => n.key === l.key);
          if (!i || l.deletedAt !== null || i.deletedAt !== null) continue;
          expect(merged.get(l.key)).toContain(l.text);
          expect(merged.get(l.key)).toContain(i.text);
        }
      }),
      RUNS,
    );
  });
});
