/**
 * Hybrid logical clock (Kulkarni et al.): wall time in ms, a counter for events within the same
 * millisecond (or while the wall clock lags behind a clock already seen), and the device id as the
 * final tie-break. Every write is stamped with one; sync orders versions of a record by it.
 *
 * Encoded as a fixed-width string so that plain string comparison is clock order:
 * `wall (15 digits) - counter (6 digits) - node`, e.g. `001767225600000-000000-7f3a…`.
 */

export interface Hlc {
  /** Epoch ms. */
  wall: number;
  counter: number;
  /** The device id that made the event; compares as a string. */
  node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const PATTERN = /^(\d{15})-(\d{6})-([\w.~-]{1,64})$/;

/** A remote clock more than this far ahead of the local wall clock is not adopted. */
export const MAX_CLOCK_DRIFT_MS = 24 * 60 * 60 * 1000;

/** Node name of stamps given to records written before clocks existed (same on every device). */
export const LEGACY_NODE = '0';

export function encodeHlc(clock: Hlc): string {
  return `${String(Math.max(0, Math.floor(clock.wall))).padStart(WALL_DIGITS, '0')}-${String(clock.counter).padStart(COUNTER_DIGITS, '0')}-${clock.node}`;
}

export function decodeHlc(text: string): Hlc | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3] ?? '' };
}

export const isHlc = (text: unknown): text is string => typeof text === 'string' && PATTERN.test(text);

/** Negative when a is earlier, positive when later, 0 when equal. */
export const compareHlc = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The stamp of a record written before clocks existed: its updatedAt, on the shared legacy node. */
export const legacyHlc = (updatedAt: number): string => encodeHlc({ wall: updatedAt, counter: 0, node: LEGACY_NODE });

/**
 * The clock after a local event at wall time `now`: later than `last` and never behind `now`.
 * A wall clock that moved back keeps counting from `last`, so stamps stay increasing.
 */
export function tickHlc(last: Hlc, now: number, node: string): Hlc {
  const wall = Math.max(last.wall, Math.floor(now));
  const counter = wall === last.wall ? last.counter + 1 : 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0, node };
  return { wall, counter, node };
}

export interface ReceiveResult {
  clock: Hlc;
  /** The remote stamp is more than MAX_CLOCK_DRIFT_MS ahead of our wall clock: not adopted. */
  isRemoteAhead: boolean;
}

/**
 * The local clock after seeing a remote stamp. A remote stamp from the far future (a device with a
 * wrong clock) is not adopted, so one bad clock cannot drag every device's stamps forward; the
 * caller flags that device instead of refusing its data.
 */
export function receiveHlc(local: Hlc, remote: Hlc, now: number): ReceiveResult {
  if (remote.wall > now + MAX_CLOCK_DRIFT_MS) return { clock: local, isRemoteAhead: true };
  const wall = Math.max(local.wall, remote.wall, Math.floor(now));
  let counter = 0;
  if (wall === local.wall && wall === remote.wall) counter = Math.max(local.counter, remote.counter) + 1;
  else if (wall === local.wall) counter = local.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return { clock: { wall: wall + 1, counter: 0, node: local.node }, isRemoteAhead: false };
  return { clock: { wall, counter, node: local.node }, isRemoteAhead: false };
}
