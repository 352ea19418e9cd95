import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepUnchangedList, keepUnchangedLists, keepUnchangedRecords } from '../../../src/domain/keep-unchanged';

const rec = (id: string, hlc: string) => ({ id, hlc });
const mapOf = (...records: { id: string; hlc: string }[]) => new Map(records.map((record) => [record.id, record]));

describe('keepUnchangedRecords', () => {
  it.each([
    ['nothing before', undefined, [rec('a', '1')], 'next'],
    ['the same stamps', [rec('a', '1'), rec('b', '1')], [rec('a', '1'), rec('b', '1')], 'previous'],
    ['one stamp moved on', [rec('a', '1'), rec('b', '1')], [rec('a', '1'), rec('b', '2')], 'next'],
    ['one record added', [rec('a', '1')], [rec('a', '1'), rec('b', '1')], 'next'],
    ['one record gone', [rec('a', '1'), rec('b', '1')], [rec('a', '1')], 'next'],
    ['both empty', [], [], 'previous'],
  ] as const)('%s: hands back the %s map', (_, before, after, expected) => {
    const previous = before ? mapOf(...before) : undefined;
    const next = mapOf(...after);
    const result = keepUnchangedRecords(previous, next);
    expect(result).toBe(expected === 'previous' ? previous : next);
  });

  it('reuses the unchanged records and takes the changed one', () => {
    const a = rec('a', '1');
    const b = rec('b', '1');
    const result = keepUnchangedRecords(mapOf(a, b), mapOf(rec('a', '1'), rec('b', '2')));
    expect(result.get('a')).toBe(a);
    expect(result.get('b')).not.toBe(b);
    expect(result.get('b')?.hlc).toBe('2');
  });

  it('always holds exactly what was read: same keys, same stamps (property)', () => {
    const records = fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), hlc: fc.constantFrom('1', '2', '3') }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.option(records, { nil: undefined }), records, (before, after) => {
        const previous = before ? mapOf(...before) : undefined;
        const next = mapOf(...after);
        const expected = [...next].map(([key, record]) => [key, record.hlc]);
        const result = keepUnchangedRecords(previous, new Map(next));
        expect([...result].map(([key, record]) => [key, record.hlc]).sort()).toEqual(expected.sort());
        for (const [key, record] of result) {
          const old = previous?.get(key);
          if (old && old.hlc === record.hlc) expect(record).toBe(old);
        }
      }),
    );
  });

  it('handles a large roadmap: 20,000 records, one changed', () => {
    const before = new Map(Array.from({ length: 20_000 }, (_, index) => [`i${index}`, rec(`i${index}`, '1')]));
    const after = new Map([...before].map(([key, record]) => [key, { ...record }]));
    after.set('i123', rec('i123', '2'));
    const result = keepUnchangedRecords(before, after);
    expect(result).not.toBe(before);
    expect(result.get('i0')).toBe(before.get('i0'));
    expect(result.get('i123')?.hlc).toBe('2');
  });
});

describe('keepUnchangedLists and keepUnchangedList', () => {
  it('keeps a list whose stamps are all the same, in the same order', () => {
    const list = [rec('v1', '1'), rec('v2', '2')];
    const previous = new Map([['a', list]]);
    expect(keepUnchangedLists(previous, new Map([['a', [rec('v1', '1'), rec('v2', '2')]]]))).toBe(previous);
    expect(keepUnchangedLists(previous, new Map([['a', [rec('v2', '2'), rec('v1', '1')]]]))).not.toBe(previous);
    expect(keepUnchangedLists(previous, new Map([['a', [rec('v1', '1')]]])).get('a')).toHaveLength(1);
  });

  it.each([
    ['undefined before', undefined, [rec('a', '1')], false],
    ['same stamps', [rec('a', '1')], [rec('a', '1')], true],
    ['other order', [rec('a', '1'), rec('b', '2')], [rec('b', '2'), rec('a', '1')], false],
    ['a stamp moved on', [rec('a', '1')], [rec('a', '2')], false],
    ['both empty', [], [], true],
  ] as const)('a list with %s is kept: %s', (_, before, after, isKept) => {
    const previous = before ? [...before] : undefined;
    const next = [...after];
    expect(keepUnchangedList(previous, next)).toBe(isKept ? previous : next);
  });
});
