/** Numbers, counts and durations as the interface shows them. One formatter per purpose. */

/** "1,204" */
export const formatCount = (value: number): string => value.toLocaleString('en-US');

/** "1 phase", "3 phases", "1,204 goals" */
export const plural = (count: number, one: string, many = `${one}s`): string => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "45 min", "1 h", "2 h 5 min", "1,200 h" (rounded to whole minutes). */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${formatCount(hours)} h` : `${formatCount(hours)} h ${rest} min`;
}

/** "1 minute", "90 minutes": for sentences read aloud. */
export const formatMinutesSpoken = (minutes: number): string => plural(minutes, 'minute');

/** "512 bytes", "3.4 KB", "23 MB" */
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

/** The message of a thrown value, for a person. */
export const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'Something went wrong.');

/** A message as a sentence, so that another can follow it: a full stop is added when it ends without one. */
export const endSentence = (message: string): string => (/[.!?…]["”’)]?$/.test(message.trim()) ? message.trim() : `${message.trim()}.`);
