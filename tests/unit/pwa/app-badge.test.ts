import { describe, expect, it } from 'vitest';
import { findBadgeValue, isBadgeSupported, showDueCountOnAppIcon, type BadgeTarget } from '../../../src/pwa/app-badge';

/** A stand-in for `navigator` that records what the app asked of it (the real badge lives in the OS). */
function recordingTarget(options: { hasClear?: boolean; fails?: boolean } = {}) {
  const calls: string[] = [];
  const target: BadgeTarget = {
    setAppBadge: async (contents?: number) => {
      calls.push(`set ${contents}`);
      if (options.fails) throw new DOMException('not allowed', 'NotAllowedError');
    },
    ...(options.hasClear === false ? {} : { clearAppBadge: async () => void calls.push('clear') }),
  };
  return { target, calls };
}

describe('the app icon badge', () => {
  it.each([
    { count: 0, expected: { kind: 'clear' } },
    { count: 1, expected: { kind: 'count', value: 1 } },
    { count: 12, expected: { kind: 'count', value: 12 } },
    { count: 2.7, expected: { kind: 'count', value: 2 } },
    { count: 100_000, expected: { kind: 'count', value: 100_000 } },
    { count: -3, expected: { kind: 'clear' } },
    { count: Number.NaN, expected: { kind: 'clear' } },
    { count: Number.POSITIVE_INFINITY, expected: { kind: 'clear' } },
  ])('shows $expected.kind for $count cards due', ({ count, expected }) => {
    expect(findBadgeValue(count)).toEqual(expected);
  });

  it('sets the number of cards due, and clears it when none are', async () => {
    const { target, calls } = recordingTarget();
    await showDueCountOnAppIcon(7, target);
    await showDueCountOnAppIcon(0, target);
    expect(calls).toEqual(['set 7', 'clear']);
  });

  it('clears with 0 where the browser has no clearAppBadge', async () => {
    const { target, calls } = recordingTarget({ hasClear: false });
    await showDueCountOnAppIcon(0, target);
    expect(calls).toEqual(['set 0']);
  });

  it('does nothing where the Badging API is missing', async () => {
    expect(isBadgeSupported({})).toBe(false);
    expect(isBadgeSupported(undefined)).toBe(false);
    expect(await showDueCountOnAppIcon(3, {})).toBeNull();
  });

  it('shrugs off a refusal: a badge is a courtesy, not data', async () => {
    const { target } = recordingTarget({ fails: true });
    await expect(showDueCountOnAppIcon(3, target)).resolves.toBeNull();
  });
});
