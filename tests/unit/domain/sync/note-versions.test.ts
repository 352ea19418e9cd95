import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src/domain/hlc';
import { mergeReplicas } from '../../../../src/domain/sync/merge';
import {
  applyNoteSave,
  buildNoteAncestors,
  MAX_NOTE_ANCESTORS,
  nextNoteVersion,
  selectNoteHeads,
  toOtherVersion,
} from '../../../../src/domain/sync/note-versions';
import { IDENTITY, type Note } from './replica-model';

const at = (wall: number, node = 'laptop'): string => encodeHlc({ wall, counter: 0, node });
const save = (text: string, hlc: string, base?: Note, resolved: Note[] = []): Note =>
  nextNoteVersion<Note>(base, { key: 'main/a', text, updatedAt: 0, deletedAt: null }, hlc, resolved);

describe('nextNoteVersion', () => {
  it('starts a new note with no ancestors', () => {
    expect(save('hello', at(1))).toEqual({ key: 'main/a', text: 'hello', updatedAt: 0, deletedAt: null, hlc: at(1), ancestors: [] });
  });

  it('records the version it was built on and that one’s ancestors, newest first', () => {
    const first = save('a', at(1));
    const second = save('b', at(2), first);
    expect(save('c', at(3), second).ancestors).toEqual([at(2), at(1)]);
  });

  it('adds the versions a save resolved, so they are settled everywhere', () => {
    const base = save('mine', at(3));
    const theirs = save('theirs', at(2, 'phone'), save('root', at(1)));
    expect(save('merged', at(4), base, [theirs]).ancestors).toEqual([at(3), at(2, 'phone'), at(1)]);
  });

  it(`keeps at most ${MAX_NOTE_ANCESTORS} ancestors, the newest`, () => {
    let version = save('v0', at(0));
    for (let index = 1; index <= MAX_NOTE_ANCESTORS + 10; index += 1) version = save(`v${index}`, at(index), version);
    expect(version.ancestors).toHaveLength(MAX_NOTE_ANCESTORS);
    expect(version.ancestors[0]).toBe(at(MAX_NOTE_ANCESTORS + 9));
  });

  it('refuses a stamp that is already in the ancestry', () => {
    expect(() => save('again', at(1), save('a', at(1)))).toThrow(/new clock stamp/);
  });

  it('orders ancestry the same whatever order it was gathered in', () => {
    const a = save('a', at(1));
    const b = save('b', at(2, 'phone'));
    expect(buildNoteAncestors(a, [b])).toEqual(buildNoteAncestors(b, [a]));
  });
});

describe('beyond the ancestry cap', () => {
  it('shows a very old version again as an other version rather than losing anything', () => {
    const old = save('old', at(0));
    let current = old;
    for (let index = 1; index <= MAX_NOTE_ANCESTORS + 1; index += 1) current = save(`v${index}`, at(index), current);
    const result = mergeReplicas({ notes: [current] }, { notes: [old] }, { identity: IDENTITY });
    expect(result.tables.notes).toEqual([current]);
    expect(result.tables.noteVersions?.map((version) => version.text)).toEqual(['old']);
  });
});

describe('applyNoteSave', () => {
  it('replaces the stored version the save was built on', () => {
    const stored = save('a', at(1));
    const saved = save('b', at(2), stored);
    expect(applyNoteSave({ current: stored, others: [] }, saved)).toEqual({ current: saved, others: [], removedOtherKeys: [] });
  });

  it('keeps the stored version as an other version when a sync replaced the note during the edit', () => {
    const loaded = save('as loaded', at(1));
    const arrived = save('from phone', at(2, 'phone'), loaded);
    const saved = save('typed here', at(3), loaded);
    const result = applyNoteSave({ current: arrived, others: [] }, saved);
    expect(result.current).toEqual(saved);
    expect(result.others).toEqual([toOtherVersion(arrived)]);
  });

  it('removes the other versions the save resolved', () => {
    const mine = save('mine', at(2));
    const theirs = save('theirs', at(1, 'phone'));
    const saved = save('both', at(3), mine, [theirs]);
    expect(applyNoteSave({ current: mine, others: [toOtherVersion(theirs)] }, saved)).toEqual({
      current: saved,
      others: [],
      removedOtherKeys: [`main/a@${theirs.hlc}`],
    });
  });
});

describe('selectNoteHeads', () => {
  it('falls back to the latest stamp when the ancestry loops (corrupt data)', () => {
    const a = { ...save('a', at(1)), ancestors: [at(2)] };
    const b = { ...save('b', at(2)), ancestors: [at(1)] };
    expect(selectNoteHeads([a, b])).toEqual({ current: b, others: [] });
  });
});
