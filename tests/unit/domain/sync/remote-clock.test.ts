import { describe, expect, it } from 'vitest';
import { encodeHlc, MAX_CLOCK_DRIFT_MS } from '../../../../src/domain/hlc';
import { checkRemoteClock, listStamps } from '../../../../src/domain/sync/remote-clock';

const NOW = 1_767_225_600_000;
const local = { wall: NOW - 10, counter: 3, node: 'laptop' };
const stamp = (wall: number, node = 'phone'): string => encodeHlc({ wall, counter: 0, node });

describe('checkRemoteClock', () => {
  it.each([
    ['a remote behind us', [stamp(NOW - 5000)], { wall: NOW, counter: 0 }, false],
    ['a remote a little ahead', [stamp(NOW + 2000)], { wall: NOW + 2000, counter: 1 }, false],
    ['a remote just under a day ahead', [stamp(NOW + MAX_CLOCK_DRIFT_MS)], { wall: NOW + MAX_CLOCK_DRIFT_MS, counter: 1 }, false],
    ['a remote more than a day ahead (flagged, not adopted)', [stamp(NOW + MAX_CLOCK_DRIFT_MS + 1)], { wall: NOW - 10, counter: 3 }, true],
    ['the latest of many stamps', [stamp(NOW - 1), stamp(NOW + 50), stamp(NOW + 20)], { wall: NOW + 50, counter: 1 }, false],
  ])('handles %s', (_name, stamps, expected, isRemoteAhead) => {
    const result = checkRemoteClock(local, stamps, NOW);
    expect(result.clock).toEqual({ ...expected, node: 'laptop' });
    expect(result.isRemoteAhead).toBe(isRemoteAhead);
  });

  it('ignores malformed stamps and keeps the clock when none is valid', () => {
    expect(checkRemoteClock(local, ['soon', '', 'x-y-z'], NOW)).toEqual({ clock: local, latestRemote: null, isRemoteAhead: false });
  });

  it('lists the stamps of every record of every table', () => {
    const tables = { progress: [{ hlc: 'a' }, { hlc: 'b' }], notes: [{ hlc: 'c' }, { other: 1 } as { hlc?: unknown }] };
    expect([...listStamps(tables)]).toEqual(['a', 'b', 'c']);
  });
});
