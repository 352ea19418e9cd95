/**
 * The number on the installed app's icon (Badging API): interview cards due. It needs no
 * permission for an installed app, so nothing here ever asks for one; where the API is missing
 * (Firefox, a plain Safari tab) nothing happens. The count comes in as an argument: this layer
 * knows nothing of cards.
 */

/** What the badge shows for a count: a whole number, or nothing at all (cleared). */
export type BadgeValue = { kind: 'count'; value: number } | { kind: 'clear' };

/** The part of `navigator` the badge needs (Navigator in Chromium and installed Safari apps). */
export interface BadgeTarget {
  setAppBadge?: (contents?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

/** 0, a negative or an unknown count clears the badge, so a stale "3" never lingers. */
export function findBadgeValue(count: number): BadgeValue {
  if (!Number.isFinite(count) || count < 1) return { kind: 'clear' };
  return { kind: 'count', value: Math.floor(count) };
}

export function isBadgeSupported(target: BadgeTarget | undefined = globalThis.navigator): boolean {
  return typeof target?.setAppBadge === 'function';
}

/**
 * Shows `count` on the app icon, or clears it. Failures (the app is not installed where the
 * browser requires it, a policy forbids badges) are ignored: a badge is a courtesy, not data.
 */
export async function showDueCountOnAppIcon(
  count: number,
  target: BadgeTarget | undefined = globalThis.navigator,
): Promise<BadgeValue | null> {
  if (!target || !isBadgeSupported(target)) return null;
  const badge = findBadgeValue(count);
  try {
    if (badge.kind === 'count') await target.setAppBadge?.(badge.value);
    else if (target.clearAppBadge) await target.clearAppBadge();
    else await target.setAppBadge?.(0);
  } catch {
    return null;
  }
  return badge;
}
