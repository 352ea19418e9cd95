import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import type { StudySessionRecord } from '../domain/records';
import type { CalendarDay } from '../domain/calendar-day';
import { formatDayLong } from '../domain/calendar-day';
import { formatMinutes } from '../domain/format';
import { LIMITS } from '../domain/schemas/limits';
import { InvalidInputError } from '../domain/errors';

/** A session as the command hands it over: already checked against the session schema. */
export interface SessionInput {
  day: CalendarDay;
  minutes: number;
  phaseId: string | null;
  itemId: string | null;
  note: string;
}

function createSessionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Refuses a session that would make its day hold more than 24 hours of study (across every
 * roadmap: a person has one day). Call inside a transaction over db.sessions.
 */
async function checkDayTotal(input: SessionInput, exceptId: string | null): Promise<void> {
  const sameDay = await db.sessions.where('day').equals(input.day).toArray();
  const logged = sameDay.reduce((sum, row) => (row.deletedAt === null && row.id !== exceptId ? sum + row.minutes : sum), 0);
  if (logged + input.minutes > LIMITS.minutesPerDay) {
    const left = Math.max(0, LIMITS.minutesPerDay - logged);
    throw new InvalidInputError(
      `${formatDayLong(input.day)} already holds ${formatMinutes(logged)} of study; a day has 24 hours, so at most ${formatMinutes(left)} more fit.`,
      'minutes',
    );
  }
}

/** Logs a new session. */
export async function addSession(roadmapId: string, input: SessionInput, now: number = Date.now()): Promise<StudySessionRecord> {
  return writeTransaction([db.sessions], async () => {
    await checkDayTotal(input, null);
    const record: StudySessionRecord = {
      id: createSessionId(),
      roadmapId,
      ...input,
      updatedAt: nextUpdatedAt(now),
      deletedAt: null,
      hlc: await nextStamp(now),
    };
    await db.sessions.add(record);
    return record;
  });
}

export async function updateSession(id: string, input: SessionInput, now: number = Date.now()): Promise<StudySessionRecord> {
  return writeTransaction([db.sessions], async () => {
    const existing = await db.sessions.get(id);
    if (!existing || existing.deletedAt !== null)
      throw new InvalidInputError('That session no longer exists; it may have been deleted in another tab.');
    await checkDayTotal(input, id);
    const record = { ...existing, ...input, updatedAt: nextUpdatedAt(now, existing.updatedAt), hlc: await nextStamp(now) };
    await db.sessions.put(record);
    return record;
  });
}

/** Deletes a session as a tombstone, so a merge elsewhere does not bring it back. */
export async function deleteSession(id: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.sessions], async () => {
    const existing = await db.sessions.get(id);
    if (!existing || existing.deletedAt !== null) return;
    const updatedAt = nextUpdatedAt(now, existing.updatedAt);
    await db.sessions.put({ ...existing, updatedAt, deletedAt: updatedAt, hlc: await nextStamp(now) });
  });
}

/** Restores a session deleted by mistake (undo). */
export async function restoreSession(id: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.sessions], async () => {
    const existing = await db.sessions.get(id);
    if (!existing || existing.deletedAt === null) return;
    await checkDayTotal(existing, id);
    await db.sessions.put({ ...existing, updatedAt: nextUpdatedAt(now, existing.updatedAt), deletedAt: null, hlc: await nextStamp(now) });
  });
}

export { listSessions } from './queries';
