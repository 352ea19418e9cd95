/**
 * The study timer: one per device (also across its tabs), kept in the device-local `device` table
 * so that closing the tab, reloading or a phone locking loses nothing: the start and the pauses are
 * stored, and the elapsed time is always computed from them (domain/study-timer.ts). It is not part
 * of backups or sync: a half-finished sitting belongs to the device it runs on; the session it
 * becomes is logged like any other and travels from there.
 */
import { db } from './database';
import { parseTimer, TIMER_KEY } from './queries';
import type { SessionInput } from './sessions-repo';
import { guardStorage } from './storage-errors';
import { writeTransaction } from './write';
import { isStopped, pauseTimer, resumeTimer, startTimer, stopTimer, type StudyTimer, type TimerTarget } from '../domain/study-timer';
import type { StudySessionRecord } from '../domain/records';
import { InvalidInputError } from '../domain/errors';

async function writeTimer(timer: StudyTimer | null): Promise<void> {
  if (timer === null) await db.device.delete(TIMER_KEY);
  else await db.device.put({ key: TIMER_KEY, value: JSON.stringify(timer) });
}

function createTimerId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `t-${Date.now().toString(36)}`;
}

/** Starts a timer; refused while another one runs, is paused, or waits to be logged (one at a time). */
export async function startStudyTimer(target: Omit<TimerTarget, 'id'>, now: number): Promise<StudyTimer> {
  return writeTransaction([], async () => {
    const current = parseTimer((await db.device.get(TIMER_KEY))?.value);
    if (current) {
      throw new InvalidInputError(
        isStopped(current)
          ? 'The last timer is stopped but not logged yet: log or discard it first.'
          : 'A timer is already running (perhaps in another tab): stop it first.',
      );
    }
    const timer = startTimer({ ...target, id: createTimerId() }, now);
    await writeTimer(timer);
    return timer;
  });
}

/** Pauses, resumes or stops the timer; does nothing when there is none or it is already so. */
export async function changeStudyTimer(change: 'pause' | 'resume' | 'stop', now: number): Promise<StudyTimer | null> {
  return writeTransaction([], async () => {
    const current = parseTimer((await db.device.get(TIMER_KEY))?.value);
    if (!current) return null;
    const next = change === 'pause' ? pauseTimer(current, now) : change === 'resume' ? resumeTimer(current, now) : stopTimer(current, now);
    await writeTimer(next);
    return next;
  });
}

/** Throws the timer away without logging anything. */
export async function discardStudyTimer(): Promise<void> {
  await guardStorage(() => db.transaction('rw', db.device, () => writeTimer(null)));
}

/**
 * Logs the stopped (or running) timer as a study session with the fields the person confirmed,
 * and clears the timer, in one transaction: the session is never logged twice.
 */
export async function logStudyTimer(roadmapId: string, session: SessionInput, now: number): Promise<StudySessionRecord> {
  // Loaded before the transaction (only Dexie calls may be awaited inside it); the session code
  // stays out of the first view, which reads the timer through this module.
  const { addSession } = await import('./sessions-repo');
  return writeTransaction([db.sessions], async () => {
    const current = parseTimer((await db.device.get(TIMER_KEY))?.value);
    if (!current) throw new InvalidInputError('There is no timer to log any more; it may have been logged in another tab.');
    const record = await addSession(roadmapId, session, now);
    await writeTimer(null);
    return record;
  });
}

export { readTimer, TIMER_KEY } from './queries';
