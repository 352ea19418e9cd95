/**
 * The check made on receiving another device's file: advance our clock past its stamps (so our next
 * write orders after what we saw), unless that device's clock is more than a day ahead, in which
 * case we do not adopt it and flag the device ("Phone's clock is set to next year").
 */
import { compareHlc, decodeHlc, receiveHlc, type Hlc } from '../hlc';

export interface RemoteClockCheck {
  clock: Hlc;
  /** The latest valid stamp seen, or null when none was valid. */
  latestRemote: string | null;
  /** The remote device's clock is more than MAX_CLOCK_DRIFT_MS ahead of ours: flag it. */
  isRemoteAhead: boolean;
}

/** `stamps`: the file's own clock and the hlc of its records; malformed ones are ignored. */
export function checkRemoteClock(local: Hlc, stamps: Iterable<string>, now: number): RemoteClockCheck {
  let latest: string | null = null;
  for (const stamp of stamps) {
    if (decodeHlc(stamp) && (latest === null || compareHlc(stamp, latest) > 0)) latest = stamp;
  }
  const remote = latest === null ? null : decodeHlc(latest);
  if (!remote) return { clock: local, latestRemote: null, isRemoteAhead: false };
  const { clock, isRemoteAhead } = receiveHlc(local, remote, now);
  return { clock, latestRemote: latest, isRemoteAhead };
}

/** Every hlc in a set of tables, for checkRemoteClock. */
export function* listStamps(tables: Readonly<Record<string, readonly { hlc?: unknown }[]>>): Generator<string> {
  for (const records of Object.values(tables)) {
    for (const record of records) if (typeof record.hlc === 'string') yield record.hlc;
  }
}
