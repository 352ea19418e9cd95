import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src/domain/hlc';
import { mergeReplicas, pickWinner } from '../../../../src/domain/sync/merge';
import { formatMergeSummary } from '../../../../src/domain/sync/merge-summary';
import { nextNoteVersion } from '../../../../src/domain/sync/note-versions';
import { IDENTITY, type Note } from './replica-model';
import type { SyncRecord } from './replica-model';

const at = (wall: number, node = 'laptop', counter = 0): string => encodeHlc({ wall, counter, node });
const tick = (key: string, status: string, hlc: string, deletedAt: number | null = null): SyncRecord => ({ key, status, hlc, deletedAt });
const merge = (local: Record<string, SyncRecord[]>, remote: Record<string, SyncRecord[]>) =>
  mergeReplicas(local, remote, { identity: IDENTITY });

describe('last writer wins, per record', () => {
  it.each([
    ['the later remote edit wins', tick('k', 'done', at(2)), tick('k', 'skipped', at(3, 'phone')), 'skipped'],
    ['the later local edit stays', tick('k', 'done', at(5)), tick('k', 'skipped', at(3, 'phone')), 'done'],
    [
      'the counter orders events in one millisecond',
      tick('k', 'done', at(5, 'laptop', 1)),
      tick('k', 'skipped', at(5, 'laptop', 2)),
      'skipped',
    ],
    ['the device id breaks a tie of wall and counter', tick('k', 'done', at(5, 'a')), tick('k', 'skipped', at(5, 'b')), 'skipped'],
  ])('%s', (_name, local, remote, status) => {
    expect(merge({ progress: [local] }, { progress: [remote] }).tables.progress?.[0]?.status).toBe(status);
  });

  it('decides equal stamps with different content the same way on both sides', () => {
    const a = tick('k', 'done', at(5, '0'));
    const b = tick('k', 'skipped', at(5, '0'));
    expect(pickWinner(a, b)).toBe(pickWinner(b, a));
  });

  it('lets a tombstone beat an older live version and lose to a newer one', () => {
    const deleted = tick('k', 'done', at(5), 5);
    expect(merge({ progress: [tick('k', 'done', at(4, 'phone'))] }, { progress: [deleted] }).tables.progress).toEqual([deleted]);
    const revived = tick('k', 'skipped', at(6, 'phone'));
    expect(merge({ progress: [deleted] }, { progress: [revived] }).tables.progress).toEqual([revived]);
  });

  it('keeps records only one side has, on both sides', () => {
    const result = merge({ progress: [tick('a', 'done', at(1))] }, { progress: [tick('b', 'done', at(2, 'phone'))] });
    expect(result.tables.progress?.map((record) => record.key)).toEqual(['a', 'b']);
    expect(result.changes.progress).toEqual({ put: [tick('b', 'done', at(2, 'phone'))], remove: [] });
  });

  it('reads a remote that has nothing as nothing to change, not as deleting everything', () => {
    const local = { progress: [tick('a', 'done', at(1))], notes: [] };
    const result = merge(local, {});
    expect(result.tables.progress).toEqual(local.progress);
    expect(result.changes).toEqual({});
  });

  it('leaves out remote records with a missing or malformed stamp, and counts them', () => {
    const result = merge(
      { progress: [] },
      { progress: [{ key: 'a', status: 'done' } as unknown as SyncRecord, tick('b', 'done', 'yesterday')] },
    );
    expect(result.tables.progress).toEqual([]);
    expect(result.rejected).toBe(2);
  });

  it('needs an identity for every table it is given', () => {
    expect(() => mergeReplicas({ mystery: [tick('a', 'x', at(1))] }, {}, { identity: IDENTITY })).toThrow(/mystery/);
  });

  it('counts what changed here per table, for the log line', () => {
    const local = { progress: [tick('a', 'done', at(1)), tick('b', 'done', at(1))] };
    const remote = {
      progress: [tick('a', 'skipped', at(2, 'phone')), tick('b', 'done', at(2, 'phone'), 2), tick('c', 'done', at(2, 'phone'))],
    };
    const { counts } = merge(local, remote);
    expect(counts.progress).toEqual({ added: 1, updated: 1, deleted: 1, removed: 0 });
    const nouns = { progress: ['a tick', 'ticks'], notes: ['a note', 'notes'] } as const;
    expect(formatMergeSummary(counts, nouns, 'Phone')).toBe('3 ticks from Phone');
    expect(formatMergeSummary({ ...counts, notes: { added: 1, updated: 0, deleted: 0, removed: 0 } }, nouns, 'Phone')).toBe(
      '3 ticks and a note from Phone',
    );
    expect(formatMergeSummary({}, nouns, 'Phone')).toBe('Nothing new from Phone.');
  });
});

describe('notes', () => {
  const note = (text: string, hlc: string, base?: Note): Note =>
    nextNoteVersion<Note>(base, { key: 'main/a', text, updatedAt: 1, deletedAt: null }, hlc);

  it('takes the newer version without keeping the older when one was built on the other', () => {
    const first = note('first', at(1));
    const second = note('second', at(2, 'phone'), first);
    const result = merge({ notes: [first] }, { notes: [second] });
    expect(result.tables.notes).toEqual([second]);
    expect(result.tables.noteVersions).toEqual([]);
  });

  it('keeps both texts when the note was edited on two devices since they last synced', () => {
    const common = note('common', at(1));
    const onLaptop = note('laptop text', at(3), common);
    const onPhone = note('phone text', at(2, 'phone'), common);
    const result = merge({ notes: [onLaptop] }, { notes: [onPhone] });
    expect(result.tables.notes).toEqual([onLaptop]);
    expect(result.tables.noteVersions).toEqual([{ ...onPhone, key: `main/a@${onPhone.hlc}`, noteKey: 'main/a', deviceId: 'phone' }]);
    expect(result.counts.noteVersions).toEqual({ added: 1, updated: 0, deleted: 0, removed: 0 });
  });

  it('keeps an edit made at the same time as a deletion elsewhere', () => {
    const common = note('common', at(1));
    const cleared = nextNoteVersion<Note>(common, { key: 'main/a', text: '', updatedAt: 4, deletedAt: 4 }, at(4, 'phone'));
    const edited = note('kept words', at(3), common);
    const result = merge({ notes: [edited] }, { notes: [cleared] });
    expect(result.tables.notes).toEqual([cleared]);
    expect(result.tables.noteVersions?.map((version) => version.text)).toEqual(['kept words']);
  });

  it('settles other versions once a save was built on them, on the device that did not save', () => {
    const common = note('common', at(1));
    const onLaptop = note('laptop', at(3), common);
    const onPhone = note('phone', at(2, 'phone'), common);
    const afterConflict = merge({ notes: [onLaptop] }, { notes: [onPhone] }).tables;
    const resolved = nextNoteVersion<Note>(onLaptop, { key: 'main/a', text: 'both', updatedAt: 5, deletedAt: null }, at(5), [onPhone]);
    const result = merge(afterConflict, { notes: [resolved], noteVersions: [] });
    expect(result.tables.notes).toEqual([resolved]);
    expect(result.tables.noteVersions).toEqual([]);
    expect(result.changes.noteVersions).toEqual({ put: [], remove: [`main/a@${onPhone.hlc}`] });
  });

  it('reads a note saved before ancestry existed as having none', () => {
    const legacy = { key: 'main/a', text: 'old', updatedAt: 1, deletedAt: null, hlc: at(1, '0') } as SyncRecord;
    const result = merge({ notes: [legacy] }, {});
    expect(result.tables.notes).toEqual([{ ...legacy, ancestors: [] }]);
  });
});
