import { describe, expect, it } from 'vitest';
import { createEmptyBackupData, type BackupData } from '../../../../src/domain/backup/backup-format';
import { applyMergePlan, changesToWrite, planMerge, planReplace, replaceAll, summarizeMerge } from '../../../../src/domain/backup/merge';
import { T0, evidence, note, progress, sampleData, session, setting } from './backup-fixtures';

const EXPORTED = Date.UTC(2026, 10, 20, 12);
const opts = { now: T0 + 1000, fileExportedAt: EXPORTED };
const data = (over: Partial<BackupData>): BackupData => ({ ...createEmptyBackupData(), ...over });
const merge = (local: BackupData, incoming: BackupData): BackupData => applyMergePlan(planMerge(local, incoming, opts));

describe('planMerge: newer updatedAt wins', () => {
  it('takes the newer record from either side and counts it for the preview', () => {
    const local = data({
      progress: [progress('a', { updatedAt: 5 }), progress('b', { updatedAt: 1, status: 'skipped' }), progress('here')],
    });
    const file = data({
      progress: [progress('a', { updatedAt: 3, status: 'skipped' }), progress('b', { updatedAt: 2 }), progress('file')],
    });
    const plan = planMerge(local, file, opts);
    expect(applyMergePlan(plan).progress.map((r) => [r.itemId, r.updatedAt])).toEqual([
      ['a', 5],
      ['b', 2],
      ['file', T0],
      ['here', T0],
    ]);
    expect(summarizeMerge(plan)).toMatchObject({
      newerHere: 1,
      newerInFile: 1,
      onlyInFile: 1,
      onlyHere: 1,
      notesThatDiffer: 0,
      unchanged: 0,
    });
    expect(summarizeMerge(plan).byTable.progress.onlyInFile).toBe(1);
    expect(changesToWrite(plan).progress.map((r) => r.itemId)).toEqual(['b', 'file']);
    expect(plan.plannedAt).toBe(opts.now);
  });

  it('respects tombstones: a newer deletion deletes, an older one neither deletes nor resurrects', () => {
    const local = data({
      evidence: [evidence('a', 'https://a.org', { updatedAt: 5 }), evidence('b', 'https://b.org', { updatedAt: 9, deletedAt: 9 })],
      sessions: [session('s1', { updatedAt: 2 })],
    });
    const file = data({
      evidence: [evidence('a', 'https://a.org', { updatedAt: 3, deletedAt: 3 }), evidence('b', 'https://b.org', { updatedAt: 4 })],
      sessions: [session('s1', { updatedAt: 6, deletedAt: 6 })],
    });
    const merged = merge(local, file);
    expect(merged.evidence.map((e) => [e.itemId, e.deletedAt])).toEqual([
      ['a', null],
      ['b', 9],
    ]);
    expect(merged.sessions[0]?.deletedAt).toBe(6);
  });

  it('breaks ties on equal updatedAt the same way whichever side is local', () => {
    const a = data({ settings: [setting('theme', 'dark')] });
    const b = data({ settings: [setting('theme', 'light')] });
    expect(merge(a, b)).toEqual(merge(b, a));
    expect(summarizeMerge(planMerge(a, a, opts)).unchanged).toBe(1);
  });
});

describe('planMerge: notes changed on both sides keep both texts', () => {
  it('puts the newer text first and labels the other with where it came from', () => {
    const plan = planMerge(
      data({ notes: [note('a', 'mine', { updatedAt: 10 }), note('b', 'old here', { updatedAt: 1 })] }),
      data({ notes: [note('a', 'theirs', { updatedAt: 5 }), note('b', 'new in file', { updatedAt: 7 })] }),
      opts,
    );
    const [a, b] = applyMergePlan(plan).notes;
    expect(a).toMatchObject({ text: 'mine\n\n--- from backup (exported 2026-11-20) ---\ntheirs', updatedAt: 10 });
    expect(b).toMatchObject({ text: 'new in file\n\n--- kept from this device ---\nold here', updatedAt: 7 });
    expect(summarizeMerge(plan)).toMatchObject({ notesThatDiffer: 2, newerHere: 0, newerInFile: 0 });
    expect(changesToWrite(plan).notes).toHaveLength(2);
  });

  it('does not append again when the same file is merged twice', () => {
    const local = data({ notes: [note('a', 'mine', { updatedAt: 1 })] });
    const file = data({ notes: [note('a', 'theirs', { updatedAt: 5 })] });
    const once = merge(local, file);
    const plan = planMerge(once, file, opts);
    expect(applyMergePlan(plan)).toEqual(once);
    expect(summarizeMerge(plan)).toMatchObject({ newerHere: 1, notesThatDiffer: 0 });
    expect(changesToWrite(plan).notes).toEqual([]);
  });

  it('takes a text that already contains the other without a separator', () => {
    const merged = merge(
      data({ notes: [note('a', 'draft', { updatedAt: 1 })] }),
      data({ notes: [note('a', 'draft, finished', { updatedAt: 2 })] }),
    );
    expect(merged.notes[0]?.text).toBe('draft, finished');
  });

  it('lets a newer deleted note win without combining', () => {
    const merged = merge(
      data({ notes: [note('a', 'x', { updatedAt: 9, deletedAt: 9 })] }),
      data({ notes: [note('a', 'y', { updatedAt: 2 })] }),
    );
    expect(merged.notes[0]).toMatchObject({ text: 'x', deletedAt: 9 });
  });

  it("keeps this device's note and says so when both texts together are too long", () => {
    const local = data({ notes: [note('a', 'a'.repeat(15_000), { updatedAt: 1 })] });
    const plan = planMerge(local, data({ notes: [note('a', 'b'.repeat(15_000), { updatedAt: 2 })] }), opts);
    expect(applyMergePlan(plan).notes).toEqual(local.notes);
    expect(summarizeMerge(plan)).toMatchObject({ notesThatDiffer: 1, notesTooLong: 1 });
    expect(changesToWrite(plan).notes).toEqual([]);
  });
});

describe('planReplace and replaceAll', () => {
  it('counts what Replace removes, adds and overwrites', () => {
    const local = data({ progress: [progress('a', { updatedAt: 9 }), progress('gone')], notes: [note('n', 'same')] });
    const file = data({ progress: [progress('a', { updatedAt: 1 }), progress('new')], notes: [note('n', 'same')] });
    expect(planReplace(local, file)).toEqual({ removed: 1, added: 1, changed: 1, newerHereLost: 1, unchanged: 1 });
    expect(replaceAll(file)).toEqual(file);
  });

  it('replaceAll returns exactly the file data, sorted', () => {
    const incoming = sampleData();
    incoming.progress.reverse();
    expect(replaceAll(incoming).progress.map((r) => r.itemId)).toEqual(['g1', 'g2']);
  });
});
