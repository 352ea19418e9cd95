/**
 * A study timer that is started on a phase or an item, paused, resumed and stopped, as pure
 * arithmetic over a plain JSON record (it is stored in IndexedDB as is, so a closed tab or a
 * restarted browser loses nothing: the elapsed time is always recomputed from the stored instants).
 *
 * Times inside the record are "timer time": the device clock plus `clockShiftMs`. When the clock is
 * seen to go backwards (a manual change, a bad NTP sync), the shift absorbs the jump, so the elapsed
 * time never decreases and keeps counting from where it was. Call `observeClock` on every tick and
 * store its result whenever the timer is stored; pause/resume/stop observe the clock themselves.
 * A forward jump cannot be told apart from a tab left closed for hours; `minutesToLog` caps and
 * flags such sessions instead.
 */
import { clampToStudyDays, localDayOf, type CalendarDay } from './calendar-day';
import { MAX_SESSION_MINUTES } from './study-stats';

export { localDayOf };

export interface TimerPause {
  /** Timer time (epoch ms) when the pause began. */
  at: number;
  /** Timer time when it ended; null while paused. */
  resumedAt: number | null;
}

export interface StudyTimer {
  id: string;
  roadmapId: string;
  phaseId: string;
  /** The goal, resource or milestone studied; null for the phase as a whole. */
  itemId: string | null;
  /** Device clock (epoch ms) at the start; its local day is the day the session is logged on. */
  startedAt: number;
  /** In order; only the last one may still be open. */
  pauses: TimerPause[];
  /** Timer time of the stop; null while the timer runs or is paused. */
  stoppedAt: number | null;
  /** The latest timer time seen; no stored instant is ever earlier than the one before it. */
  lastSeenAt: number;
  /** Backward clock jumps seen so far, in ms (≥ 0); timer time = device clock + this. */
  clockShiftMs: number;
}

export interface TimerTarget {
  id: string;
  roadmapId: string;
  phaseId: string;
  itemId: string | null;
}

/**
 * Turns an instant into the local calendar day (`yyyy-MM-dd`) it falls on. The default is
 * calendar-day.ts's `localDayOf` (the device's zone); `localDayIn` gives any IANA zone.
 */
export type LocalDayOf = (epochMs: number) => string;

/** Local days in an IANA time zone, e.g. `localDayIn('Europe/Berlin')`, whatever the device's zone. */
export function localDayIn(timeZone: string): LocalDayOf {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (epochMs) => {
    const parts = new Map(format.formatToParts(epochMs).map((part) => [part.type, part.value]));
    return `${parts.get('year')}-${parts.get('month')}-${parts.get('day')}`;
  };
}

export function startTimer(target: TimerTarget, now: number): StudyTimer {
  return { ...target, startedAt: now, pauses: [], stoppedAt: null, lastSeenAt: now, clockShiftMs: 0 };
}

export function isStopped(timer: StudyTimer): boolean {
  return timer.stoppedAt !== null;
}

export function isPaused(timer: StudyTimer): boolean {
  return timer.stoppedAt === null && timer.pauses.at(-1)?.resumedAt === null;
}

export function isRunning(timer: StudyTimer): boolean {
  return timer.stoppedAt === null && !isPaused(timer);
}

/**
 * Moves the timer's clock to `now`. A clock that went backwards grows the shift instead, so timer
 * time stands still at the last value seen and carries on from there. Returns the same object when
 * nothing changed (cheap to call every second).
 */
export function observeClock(timer: StudyTimer, now: number): StudyTimer {
  if (timer.stoppedAt !== null || !Number.isFinite(now)) return timer;
  const time = now + timer.clockShiftMs;
  if (time > timer.lastSeenAt) return { ...timer, lastSeenAt: time };
  if (time < timer.lastSeenAt) return { ...timer, clockShiftMs: timer.clockShiftMs + (timer.lastSeenAt - time) };
  return timer;
}

/** Timer time at `now`, never before the last instant the timer has seen. */
function readTimerTime(timer: StudyTimer, now: number): number {
  if (timer.stoppedAt !== null) return timer.stoppedAt;
  const time = now + timer.clockShiftMs;
  return Number.isFinite(time) && time > timer.lastSeenAt ? time : timer.lastSeenAt;
}

function isInstant(value: number): boolean {
  return Number.isFinite(value) && value >= 0;
}

/**
 * The invariants a stored timer must keep, for the schema that guards IndexedDB and backups:
 * finite instants in order (start ≤ each pause ≤ its resume ≤ the next pause ≤ stop ≤ last seen),
 * only the last pause open, and none open once stopped.
 */
export function isConsistentTimer(timer: StudyTimer): boolean {
  if (!isInstant(timer.startedAt) || !isInstant(timer.lastSeenAt) || !isInstant(timer.clockShiftMs)) return false;
  let previous = timer.startedAt;
  for (const [index, pause] of timer.pauses.entries()) {
    if (!isInstant(pause.at) || pause.at < previous) return false;
    if (pause.resumedAt === null) {
      if (index !== timer.pauses.length - 1 || timer.stoppedAt !== null) return false;
      previous = pause.at;
    } else {
      if (!isInstant(pause.resumedAt) || pause.resumedAt < pause.at) return false;
      previous = pause.resumedAt;
    }
  }
  if (timer.stoppedAt !== null && (!isInstant(timer.stoppedAt) || timer.stoppedAt < previous)) return false;
  return timer.lastSeenAt >= (timer.stoppedAt ?? previous);
}

/** Pausing a paused or stopped timer changes nothing. */
export function pauseTimer(timer: StudyTimer, now: number): StudyTimer {
  if (!isRunning(timer)) return timer;
  const observed = observeClock(timer, now);
  return { ...observed, pauses: [...observed.pauses, { at: observed.lastSeenAt, resumedAt: null }] };
}

/** Resuming a timer that is not paused changes nothing. */
export function resumeTimer(timer: StudyTimer, now: number): StudyTimer {
  if (!isPaused(timer)) return timer;
  const observed = observeClock(timer, now);
  return { ...observed, pauses: closeOpenPause(observed.pauses, observed.lastSeenAt) };
}

/** Stops the timer; an open pause ends at the stop. Stopping twice changes nothing. */
export function stopTimer(timer: StudyTimer, now: number): StudyTimer {
  if (timer.stoppedAt !== null) return timer;
  const observed = observeClock(timer, now);
  return { ...observed, pauses: closeOpenPause(observed.pauses, observed.lastSeenAt), stoppedAt: observed.lastSeenAt };
}

function closeOpenPause(pauses: readonly TimerPause[], at: number): TimerPause[] {
  return pauses.map((pause) => (pause.resumedAt === null ? { at: pause.at, resumedAt: at } : pause));
}

/** Study time so far in ms: from the start to now (or the stop), minus the pauses; never negative. */
export function elapsedMs(timer: StudyTimer, now: number): number {
  const end = readTimerTime(timer, now);
  let paused = 0;
  for (const pause of timer.pauses) {
    const pauseEnd = Math.min(pause.resumedAt ?? end, end);
    if (pauseEnd > pause.at) paused += pauseEnd - pause.at;
  }
  return Math.max(0, end - timer.startedAt - paused);
}

/**
 * Above this much study time in one go, the timer was more likely left running than watched, so the
 * UI should ask before logging. Part-time study blocks are usually an evening or a morning; a
 * question costs one tap when the long session was real.
 */
export const LONG_SESSION_MINUTES = 4 * 60;
const MINUTE_MS = 60_000;

export interface MinutesToLog {
  /** Whole minutes for the study log: elapsed rounded to the nearest minute, 1 to MAX_SESSION_MINUTES. */
  minutes: number;
  /** Elapsed as measured, before rounding and capping. */
  elapsedMs: number;
  /** The elapsed time was over the per-session maximum and `minutes` was cut to it. */
  isCapped: boolean;
  /** Longer than LONG_SESSION_MINUTES (or capped): ask "Did you really study for …?" before logging. */
  shouldConfirm: boolean;
  /** Under half a minute: probably a mis-tap, though it would still be logged as 1 minute. */
  isBrief: boolean;
}

export function minutesToLog(timer: StudyTimer, now: number): MinutesToLog {
  const elapsed = elapsedMs(timer, now);
  const rounded = Math.round(elapsed / MINUTE_MS);
  const isCapped = rounded > MAX_SESSION_MINUTES;
  return {
    minutes: Math.min(MAX_SESSION_MINUTES, Math.max(1, rounded)),
    elapsedMs: elapsed,
    isCapped,
    shouldConfirm: isCapped || elapsed > LONG_SESSION_MINUTES * MINUTE_MS,
    isBrief: elapsed < MINUTE_MS / 2,
  };
}

export interface SessionDays {
  /** The day the session is logged on: the local day it started. */
  day: string;
  /** The local day it ended (or now, while it runs). */
  lastDay: string;
  isAcrossMidnight: boolean;
}

/**
 * A session is logged on the local day it started, even when it runs past midnight: one sitting
 * is one log entry, as the person remembers it ("Monday evening"), and it never moves a minute
 * into a day the person did not choose. Splitting it would also make two entries to edit or undo.
 */
export function sessionDaysOf(timer: StudyTimer, now: number, toLocalDay: LocalDayOf = localDayOf): SessionDays {
  const day = toLocalDay(timer.startedAt);
  // Back from timer time to the device clock, which is what the person's calendar shows.
  const lastDay = toLocalDay(Math.max(timer.startedAt, readTimerTime(timer, now) - timer.clockShiftMs));
  return { day, lastDay, isAcrossMidnight: lastDay !== day };
}

/** What the study log needs from a stopped (or stopping) timer. */
export interface TimerSession extends MinutesToLog {
  roadmapId: string;
  /** The start's local day, kept inside the study days (a device clock set to 1990 still logs a usable day). */
  day: CalendarDay;
  phaseId: string;
  itemId: string | null;
}

export function summarizeTimerSession(timer: StudyTimer, now: number, toLocalDay: LocalDayOf = localDayOf): TimerSession {
  return {
    ...minutesToLog(timer, now),
    roadmapId: timer.roadmapId,
    day: clampToStudyDays(sessionDaysOf(timer, now, toLocalDay).day),
    phaseId: timer.phaseId,
    itemId: timer.itemId,
  };
}

/** "4:07" below an hour, "1:05:09" from an hour on; for the page title and the timer face. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
