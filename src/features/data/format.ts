/** Display helpers of the data screens; Intl does the localisation for free. */

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (epochMs: number): string => dateTime.format(epochMs);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** "today", "yesterday", "12 days ago" (by elapsed time, which is what a backup's age means). */
export function formatAge(epochMs: number, now: number): string {
  const days = Math.floor((now - epochMs) / DAY_MS);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString()} ${count === 1 ? one : many}`;

export const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'Something went wrong.');
