import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  decodeHlc,
  encodeHlc,
  isHlc,
  legacyHlc,
  MAX_CLOCK_DRIFT_MS,
  receiveHlc,
  tickHlc,
  type Hlc,
} from '../../../src/domain/hlc';

const T = 1_767_225_600_000;
const clock = (wall: number, counter = 0, node = 'laptop'): Hlc => ({ wall, counter, node });

describe('encodeHlc / decodeHlc', () => {
  it.each([
    [clock(0), '000000000000000-000000-laptop'],
    [clock(T, 7), '001767225600000-000007-laptop'],
    [clock(T, 999_999, 'a.b~c-d_e'), '001767225600000-999999-a.b~c-d_e'],
  ])('round-trips %o as %s', (value, text) => {
    expect(encodeHlc(value)).toBe(text);
    expect(decodeHlc(text)).toEqual(value);
    expect(isHlc(text)).toBe(true);
  });

  it.each([
    '',
    'yesterday',
    '1767225600000-000000-laptop',
    '001767225600000-0-laptop',
    '001767225600000-000000-',
    `001767225600000-000000-${'x'.repeat(65)}`,
    '001767225600000-000000-a/b',
  ])('refuses %j', (text) => {
    expect(decodeHlc(text)).toBeNull();
    expect(isHlc(text)).toBe(false);
  });

  it('orders encoded stamps as the clocks they encode (string compare is clock order)', () => {
    const arbitrary = fc.record({
      wall: fc.integer({ min: 0, max: 10 ** 15 - 1 }),
      counter: fc.integer({ min: 0, max: 999_999 }),
      node: fc.constantFrom('a', 'b', 'laptop'),
    });
    fc.assert(
      fc.property(arbitrary, arbitrary, (a, b) => {
        const expected = a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(Math.sign(compareHlc(encodeHlc(a), encodeHlc(b)))).toBe(Math.sign(expected));
      }),
    );
  });

  it('stamps legacy records on the shared legacy node', () => {
    expect(legacyHlc(T)).toBe('001767225600000-000000-0');
  });
});

describe('tickHlc', () => {
  it.each([
    ['takes the wall time when it moved on', clock(T), T + 5, clock(T + 5, 0)],
    ['counts within one millisecond', clock(T, 4), T, clock(T, 5)],
    ['keeps counting when the wall clock moved back', clock(T, 4), T - 60_000, clock(T, 5)],
    ['moves to the next millisecond when the counter would overflow', clock(T, 999_999), T, clock(T + 1, 0)],
    ['floors fractional wall times', clock(0), T + 0.7, clock(T, 0)],
  ])('%s', (_name, last, now, expected) => {
    expect(tickHlc(last, now, 'laptop')).toEqual(expected);
  });

  it('gives strictly increasing stamps whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: T - 10_000, max: T + 10_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let last = clock(0);
        for (const now of walls) {
          const next = tickHlc(last, now, 'laptop');
          expect(compareHlc(encodeHlc(next), encodeHlc(last))).toBeGreaterThan(0);
          expect(next.wall).toBeGreaterThanOrEqual(Math.floor(now));
          last = next;
        }
      }),
    );
  });
});

describe('receiveHlc', () => {
  it.each([
    ['adopts a remote ahead of both', clock(T, 2), clock(T + 10, 3, 'phone'), T, clock(T + 10, 4), false],
    ['takes the wall time when it is ahead of both', clock(T, 2), clock(T - 5, 9, 'phone'), T + 1, clock(T + 1, 0), false],
    ['counts past both when all three agree', clock(T, 2), clock(T, 7, 'phone'), T, clock(T, 8), false],
    ['counts past our own when ours is ahead', clock(T + 5, 2), clock(T, 7, 'phone'), T, clock(T + 5, 3), false],
    [
      'adopts a remote exactly a day ahead',
      clock(T),
      clock(T + MAX_CLOCK_DRIFT_MS, 0, 'phone'),
      T,
      clock(T + MAX_CLOCK_DRIFT_MS, 1),
      false,
    ],
    ['does not adopt a remote more than a day ahead', clock(T, 2), clock(T + MAX_CLOCK_DRIFT_MS + 1, 0, 'phone'), T, clock(T, 2), true],
    ['moves on a millisecond on counter overflow', clock(T, 999_999), clock(T, 999_999, 'phone'), T, clock(T + 1, 0), false],
  ])('%s', (_name, local, remote, now, expected, isRemoteAhead) => {
    expect(receiveHlc(local, remote, now)).toEqual({ clock: expected, isRemoteAhead });
  });

  it('is later than both clocks it saw, unless the remote was not adopted', () => {
    const arbitrary = (node: string) =>
      fc.record({
        wall: fc.integer({ min: T - 1000, max: T + 2 * MAX_CLOCK_DRIFT_MS }),
        counter: fc.integer({ min: 0, max: 999_999 }),
        node: fc.constant(node),
      });
    fc.assert(
      fc.property(arbitrary('laptop'), arbitrary('phone'), fc.integer({ min: T - 1000, max: T + 1000 }), (local, remote, now) => {
        const { clock: next, isRemoteAhead } = receiveHlc(local, remote, now);
        expect(isRemoteAhead).toBe(remote.wall > now + MAX_CLOCK_DRIFT_MS);
        expect(next.node).toBe('laptop');
        if (isRemoteAhead) expect(next).toEqual(local);
        else {
          const after = (a: Hlc, b: Hlc) => a.wall > b.wall || (a.wall === b.wall && a.counter > b.counter);
          expect(after(next, local)).toBe(true);
          expect(after(next, remote)).toBe(true);
        }
      }),
    );
  });
});
