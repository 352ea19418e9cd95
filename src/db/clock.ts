/**
 * This device's identity and hybrid logical clock (domain/hlc.ts), kept in the device-local
 * `device` table. Every command stamps what it writes with the next clock value, read and advanced
 * inside the command's own transaction, so two tabs of one device never hand out the same stamp.
 */
import { db } from './database';
import { decodeHlc, encodeHlc, tickHlc, type Hlc } from '../domain/hlc';
import { LIMITS } from '../domain/schemas/limits';

export const DEVICE_ID_KEY = 'deviceId';
export const CLOCK_KEY = 'clock';

/** A random id: 16 lower-case hex digits, fit for file names and clock stamps. */
export function createDeviceId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The device id, created on first use. Call inside a 'rw' transaction that includes db.device. */
export async function readDeviceId(): Promise<string> {
  const row = await db.device.get(DEVICE_ID_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = createDeviceId();
  await db.device.put({ key: DEVICE_ID_KEY, value: id });
  return id;
}

/** The last clock value handed out on this device, or null before the first write. */
export async function readClock(): Promise<Hlc | null> {
  const row = await db.device.get(CLOCK_KEY);
  return typeof row?.value === 'string' ? decodeHlc(row.value) : null;
}

/** Stores a clock value (after a sync saw a later one). Call inside a 'rw' transaction with db.device. */
export async function writeClock(clock: Hlc): Promise<void> {
  await db.device.put({ key: CLOCK_KEY, value: encodeHlc(clock) });
}

/**
 * The next stamp for a write at wall time `now`. Call inside a 'rw' transaction that includes
 * db.device (writeTransaction does), so the clock advances with the write or not at all.
 */
export async function nextStamp(now: number): Promise<string> {
  const [idRow, clockRow] = await db.device.bulkGet([DEVICE_ID_KEY, CLOCK_KEY]);
  const deviceId = typeof idRow?.value === 'string' ? idRow.value : await readDeviceId();
  const last = (typeof clockRow?.value === 'string' ? decodeHlc(clockRow.value) : null) ?? { wall: 0, counter: 0, node: deviceId };
  const next = tickHlc(last, Math.min(now, LIMITS.maxTimestamp), deviceId);
  await db.device.put({ key: CLOCK_KEY, value: encodeHlc(next) });
  return encodeHlc(next);
}

/**
 * updatedAt for a new version of a record: now, but always later than the version it replaces (a
 * clock that went back must not make an edit look older), and never past the last valid timestamp.
 */
export function nextUpdatedAt(now: number, previous?: number): number {
  return Math.min(LIMITS.maxTimestamp, Math.max(Math.floor(now), (previous ?? 0) + 1));
}
