import { describe, expect, it } from 'vitest';
import { checkIncomingTables } from '../../../../src/domain/sync/incoming';
import { countIncoming, describeIncoming } from '../../../../src/domain/sync/sync-log';
import { encodeHlc } from '../../../../src/domain/hlc';
import { note, progress, session, setting } from '../backup/backup-fixtures';

const isDeviceSetting = (key: string) => key === 'lastBackupAt';
const check = (tables: Record<string, unknown>) => checkIncomingTables(tables, { isDeviceSetting });

describe('records from another device', () => {
  it('keeps the records that pass their schema and counts the others per table', () => {
    const result = check({
      progress: [progress('a'), { ...progress('b'), status: 'half-done' }, 'not a record'],
      notes: [note('a', 'fine'), { ...note('b', 'x'), hlc: 'yesterday' }],
      sessions: [session('s1'), { ...session('s2'), day: '0202-05-01' }],
    });
    expect(result.data.progress.map((record) => record.itemId)).toEqual(['a']);
    expect(result.data.notes.map((record) => record.text)).toEqual(['fine']);
    expect(result.data.sessions.map((record) => record.id)).toEqual(['s1']);
    expect(result.rejected).toBe(4);
    expect(result.rejectedByTable).toEqual({ progress: 2, notes: 1, sessions: 1 });
  });

  it('counts a table that is not a list as one record it could not use, and ignores tables it does not know', () => {
    const result = check({ progress: 'oops', futureTable: [{ a: 1 }] });
    expect(result.rejected).toBe(1);
    expect(result.data.progress).toEqual([]);
    expect(Object.keys(result.data)).not.toContain('futureTable');
  });

  it('never takes another device’s own backup times', () => {
    const result = check({ settings: [setting('lastBackupAt', 5), setting('activeRoadmapId', 'main')] });
    expect(result.data.settings.map((record) => record.key)).toEqual(['activeRoadmapId']);
    expect(result.rejected).toBe(0);
  });

  it('brings a record written before clocks existed to the current shape', () => {
    const { hlc: _hlc, ...legacy } = progress('old');
    expect(check({ progress: [legacy] }).data.progress[0]?.hlc).toMatch(/-0$/);
  });

  it('drops fields no version of the app wrote', () => {
    const result = check({ progress: [{ ...progress('a'), smuggled: '<script>' }] });
    expect(result.data.progress[0]).not.toHaveProperty('smuggled');
  });
});

describe('the log line', () => {
  const at = (wall: number) => encodeHlc({ wall, counter: 0, node: 'phone' });
  it.each([
    [
      { progress: { put: [progress('a', { hlc: at(1) }), progress('b', { hlc: at(1) })], remove: [] } },
      { progress: { added: 2, updated: 0, deleted: 0, removed: 0 } },
      '2 ticks from Phone',
    ],
    [
      { progress: { put: [progress('a', { status: 'not-started', doneAt: null })], remove: [] } },
      { progress: { added: 0, updated: 1, deleted: 0, removed: 0 } },
      'a status change from Phone',
    ],
    [
      { progress: { put: [progress('a')], remove: [] }, notes: { put: [note('a', 'x')], remove: [] } },
      { progress: { added: 1, updated: 0, deleted: 0, removed: 0 }, notes: { added: 1, updated: 0, deleted: 0, removed: 0 } },
      'a tick and a note from Phone',
    ],
    [
      { noteVersions: { put: [], remove: ['k'] } },
      { noteVersions: { added: 0, updated: 0, deleted: 0, removed: 1 } },
      'Nothing new from Phone.',
    ],
  ])('%#: %s', (changes, counts, text) => {
    expect(describeIncoming(countIncoming({ changes: changes as never, counts }), 'Phone')).toBe(text);
  });
});
