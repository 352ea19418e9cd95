/** Display helpers of the data screens. Numbers, sizes and days come from domain/format and domain/calendar-day. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "12 days ago" (by elapsed time, which is what a backup's age means). */
export function formatAge(epochMs: number, now: number): string {
  const days = Math.floor((now - epochMs) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days.toLocaleString('en-US')} days ago`;
}
