import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SESSION_MINUTES } from '../../../src/domain/study-stats';
import {
  LONG_SESSION_MINUTES,
  elapsedMs,
  formatElapsed,
  isConsistentTimer,
  isPaused,
  isRunning,
  isStopped,
  localDayIn,
  localDayOf,
  minutesToLog,
  observeClock,
  pauseTimer,
  resumeTimer,
  sessionDaysOf,
  startTimer,
  stopTimer,
  summarizeTimerSession,
  type StudyTimer,
} from '../../../src/domain/study-timer';

// The device's zone for localDayOf; Node applies a change of TZ at once, and the other tests use
// explicit zones through localDayIn, so they do not depend on this.
const previousTz = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 4, 4, 17, 0); // Monday 2026-05-04, 19:00 in Berlin
const target = {
  id: 'timer-1',
  roadmapId: 'healthcare-ai-specialist',
  phaseId: 'p2-python-biostatistics',
  itemId: 'p2-goal-biostatistics',
};
const berlin = localDayIn('Europe/Berlin');
const newYork = localDayIn('America/New_York');

/** As IndexedDB (structured clone) or a backup (JSON) would give it back. */
const roundTrip = (timer: StudyTimer): StudyTimer => JSON.parse(JSON.stringify(timer)) as StudyTimer;

describe('study timer: start, pause, resume, stop', () => {
  it('counts from the start while running', () => {
    const timer = startTimer(target, T0);
    expect(isRunning(timer)).toBe(true);
    expect(elapsedMs(timer, T0)).toBe(0);
    expect(elapsedMs(timer, T0 + 25 * MINUTE)).toBe(25 * MINUTE);
  });

  it('leaves pauses out of the elapsed time', () => {
    let timer = startTimer(target, T0);
    timer = pauseTimer(timer, T0 + 20 * MINUTE);
    expect(isPaused(timer)).toBe(true);
    expect(elapsedMs(timer, T0 + 50 * MINUTE)).toBe(20 * MINUTE);
    timer = resumeTimer(timer, T0 + 50 * MINUTE);
    expect(isRunning(timer)).toBe(true);
    expect(elapsedMs(timer, T0 + 60 * MINUTE)).toBe(30 * MINUTE);
    timer = stopTimer(timer, T0 + 70 * MINUTE);
    expect(isStopped(timer)).toBe(true);
    expect(elapsedMs(timer, T0 + 10 * HOUR)).toBe(40 * MINUTE);
  });

  it('ends an open pause at the stop', () => {
    const timer = stopTimer(pauseTimer(startTimer(target, T0), T0 + 15 * MINUTE), T0 + 40 * MINUTE);
    expect(timer.pauses).toEqual([{ at: T0 + 15 * MINUTE, resumedAt: T0 + 40 * MINUTE }]);
    expect(elapsedMs(timer, T0 + 2 * HOUR)).toBe(15 * MINUTE);
    expect(isPaused(timer)).toBe(false);
  });

  it.each([
    ['pausing a paused timer', (t: StudyTimer) => pauseTimer(pauseTimer(t, T0 + MINUTE), T0 + 2 * MINUTE), 1],
    ['resuming a running timer', (t: StudyTimer) => resumeTimer(t, T0 + MINUTE), 0],
    ['pausing a stopped timer', (t: StudyTimer) => pauseTimer(stopTimer(t, T0 + MINUTE), T0 + 2 * MINUTE), 0],
    ['resuming a stopped timer', (t: StudyTimer) => resumeTimer(stopTimer(t, T0 + MINUTE), T0 + 2 * MINUTE), 0],
  ] as const)('treats %s as a no-op', (_name, act, pauseCount) => {
    const timer = act(startTimer(target, T0));
    expect(timer.pauses).toHaveLength(pauseCount);
  });

  it('returns the very same timer for a no-op, and stopping twice keeps the first stop', () => {
    const paused = pauseTimer(startTimer(target, T0), T0 + MINUTE);
    expect(pauseTimer(paused, T0 + 5 * MINUTE)).toBe(paused);
    const stopped = stopTimer(startTimer(target, T0), T0 + 10 * MINUTE);
    expect(stopTimer(stopped, T0 + HOUR)).toBe(stopped);
    expect(elapsedMs(stopped, T0 + HOUR)).toBe(10 * MINUTE);
  });

  it('is a plain JSON record that keeps every field through storage', () => {
    const timer = stopTimer(resumeTimer(pauseTimer(startTimer(target, T0), T0 + MINUTE), T0 + 2 * MINUTE), T0 + 3 * MINUTE);
    expect(roundTrip(timer)).toEqual(timer);
    expect(isConsistentTimer(roundTrip(timer))).toBe(true);
  });
});

describe('study timer: the clock and the tab', () => {
  it('computes the elapsed time from stored instants after the tab was closed for hours', () => {
    const stored = roundTrip(startTimer(target, T0));
    expect(elapsedMs(stored, T0 + 3 * HOUR + 7 * MINUTE)).toBe(3 * HOUR + 7 * MINUTE);
    const pausedBeforeClosing = roundTrip(pauseTimer(startTimer(target, T0), T0 + 45 * MINUTE));
    expect(elapsedMs(pausedBeforeClosing, T0 + 9 * HOUR)).toBe(45 * MINUTE);
  });

  it('never goes negative or backwards when the clock is moved back, and keeps counting after', () => {
    let timer = observeClock(startTimer(target, T0), T0 + 10 * MINUTE);
    expect(elapsedMs(timer, T0 + 10 * MINUTE)).toBe(10 * MINUTE);
    // The clock is set back by an hour.
    const back = T0 - 50 * MINUTE;
    expect(elapsedMs(timer, back)).toBe(10 * MINUTE);
    timer = observeClock(timer, back);
    expect(timer.clockShiftMs).toBe(HOUR);
    expect(elapsedMs(timer, back + 5 * MINUTE)).toBe(15 * MINUTE);
    timer = stopTimer(timer, back + 20 * MINUTE);
    expect(elapsedMs(timer, back + 20 * MINUTE)).toBe(30 * MINUTE);
    expect(isConsistentTimer(timer)).toBe(true);
  });

  it('never counts negative time when the clock is before the start', () => {
    const timer = startTimer(target, T0);
    expect(elapsedMs(timer, T0 - 2 * HOUR)).toBe(0);
    expect(elapsedMs(timer, Number.NaN)).toBe(0);
  });

  it('keeps the shown elapsed time non-decreasing and the record consistent whatever the clock does', () => {
    const step = fc.record({
      action: fc.constantFrom('observe', 'pause', 'resume', 'stop'),
      // Mostly forward, sometimes back by up to a day.
      jump: fc.oneof(fc.integer({ min: 0, max: 2 * HOUR }), fc.integer({ min: -24 * HOUR, max: 0 })),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let timer = startTimer(target, T0);
        let now = T0;
        let previous = 0;
        for (const { action, jump } of steps) {
          now += jump;
          if (action === 'observe') timer = observeClock(timer, now);
          else if (action === 'pause') timer = pauseTimer(timer, now);
          else if (action === 'resume') timer = resumeTimer(timer, now);
          else timer = stopTimer(timer, now);
          // What the timer face does on every tick: observe, then show.
          timer = observeClock(timer, now);
          const elapsed = elapsedMs(timer, now);
          expect(elapsed).toBeGreaterThanOrEqual(previous);
          expect(isConsistentTimer(roundTrip(timer))).toBe(true);
          previous = elapsed;
        }
      }),
    );
  });

  it('measures real time across a daylight-saving change, not the wall clock', () => {
    // Berlin, 2026-03-29: 01:30 CET to 03:30 CEST is one hour; 2026-10-25: 02:30 CEST to 02:30 CET is one hour.
    const spring = stopTimer(startTimer(target, Date.UTC(2026, 2, 29, 0, 30)), Date.UTC(2026, 2, 29, 1, 30));
    expect(elapsedMs(spring, 0)).toBe(HOUR);
    expect(sessionDaysOf(spring, 0, berlin)).toEqual({ day: '2026-03-29', lastDay: '2026-03-29', isAcrossMidnight: false });
    const autumn = stopTimer(startTimer(target, Date.UTC(2026, 9, 25, 0, 30)), Date.UTC(2026, 9, 25, 1, 30));
    expect(formatElapsed(elapsedMs(autumn, 0))).toBe('1:00:00');
    expect(minutesToLog(autumn, 0).minutes).toBe(60);
  });
});

describe('study timer: minutes for the study log', () => {
  const stoppedAfter = (ms: number) => stopTimer(startTimer(target, T0), T0 + ms);

  it.each([
    ['a few seconds', 5 * SECOND, { minutes: 1, isCapped: false, shouldConfirm: false, isBrief: true }],
    ['29 seconds', 29 * SECOND, { minutes: 1, isBrief: true }],
    ['30 seconds', 30 * SECOND, { minutes: 1, isBrief: false }],
    ['1 minute 29 seconds', MINUTE + 29 * SECOND, { minutes: 1 }],
    ['1 minute 30 seconds', MINUTE + 30 * SECOND, { minutes: 2 }],
    ['45 minutes', 45 * MINUTE, { minutes: 45, shouldConfirm: false }],
    ['exactly the long-session limit', LONG_SESSION_MINUTES * MINUTE, { minutes: LONG_SESSION_MINUTES, shouldConfirm: false }],
    ['just over the long-session limit', LONG_SESSION_MINUTES * MINUTE + SECOND, { shouldConfirm: true, isCapped: false }],
    ['exactly a day', 24 * HOUR, { minutes: MAX_SESSION_MINUTES, isCapped: false, shouldConfirm: true }],
    ['three days left running', 72 * HOUR, { minutes: MAX_SESSION_MINUTES, isCapped: true, shouldConfirm: true }],
  ])('logs %s sensibly', (_name, ms, expected) => {
    expect(minutesToLog(stoppedAfter(ms), T0 + 100 * HOUR)).toMatchObject({ ...expected, elapsedMs: ms });
  });

  it('gives the study log everything a session needs', () => {
    const timer = stopTimer(startTimer(target, T0), T0 + 50 * MINUTE);
    expect(summarizeTimerSession(timer, T0 + HOUR, berlin)).toEqual({
      roadmapId: target.roadmapId,
      phaseId: target.phaseId,
      itemId: target.itemId,
      day: '2026-05-04',
      minutes: 50,
      elapsedMs: 50 * MINUTE,
      isCapped: false,
      shouldConfirm: false,
      isBrief: false,
    });
  });
});

describe('study timer: the day a session is logged on', () => {
  it.each([
    {
      name: 'an evening session in Berlin',
      start: Date.UTC(2026, 4, 4, 17, 0),
      stop: Date.UTC(2026, 4, 4, 18, 30),
      zone: berlin,
      expected: { day: '2026-05-04', lastDay: '2026-05-04', isAcrossMidnight: false },
    },
    {
      name: 'a session across midnight in Berlin, logged on the day it started',
      start: Date.UTC(2026, 4, 4, 21, 30), // 23:30
      stop: Date.UTC(2026, 4, 4, 22, 45), // 00:45 the next day
      zone: berlin,
      expected: { day: '2026-05-04', lastDay: '2026-05-05', isAcrossMidnight: true },
    },
    {
      name: 'the same instants in New York, where both are still the afternoon of the 4th',
      start: Date.UTC(2026, 4, 4, 21, 30),
      stop: Date.UTC(2026, 4, 4, 22, 45),
      zone: newYork,
      expected: { day: '2026-05-04', lastDay: '2026-05-04', isAcrossMidnight: false },
    },
    {
      name: 'a New York session across midnight on the night the clocks go back',
      start: Date.UTC(2026, 10, 1, 3, 30), // 2026-10-31 23:30 EDT
      stop: Date.UTC(2026, 10, 1, 7, 0), // 2026-11-01 02:00 EST
      zone: newYork,
      expected: { day: '2026-10-31', lastDay: '2026-11-01', isAcrossMidnight: true },
    },
  ])('$name', ({ start, stop, zone, expected }) => {
    expect(sessionDaysOf(stopTimer(startTimer(target, start), stop), stop + HOUR, zone)).toEqual(expected);
  });

  it('uses the device zone by default', () => {
    const timer = startTimer(target, Date.UTC(2026, 4, 4, 22, 30)); // 00:30 on the 5th in Berlin
    expect(localDayOf(timer.startedAt)).toBe('2026-05-05');
    expect(sessionDaysOf(timer, timer.startedAt + MINUTE).day).toBe('2026-05-05');
  });

  it('reports the running day while the timer runs', () => {
    const timer = startTimer(target, Date.UTC(2026, 4, 4, 21, 0));
    expect(sessionDaysOf(timer, Date.UTC(2026, 4, 4, 23, 0), berlin)).toMatchObject({ lastDay: '2026-05-05', isAcrossMidnight: true });
  });
});

describe('isConsistentTimer', () => {
  const good = stopTimer(resumeTimer(pauseTimer(startTimer(target, T0), T0 + MINUTE), T0 + 2 * MINUTE), T0 + 3 * MINUTE);
  it.each([
    ['a negative start', { startedAt: -1 }],
    ['a pause before the start', { pauses: [{ at: T0 - 1, resumedAt: T0 }] }],
    ['a resume before its pause', { pauses: [{ at: T0 + 2 * MINUTE, resumedAt: T0 + MINUTE }] }],
    [
      'an open pause that is not the last',
      {
        stoppedAt: null,
        pauses: [
          { at: T0 + MINUTE, resumedAt: null },
          { at: T0 + 2 * MINUTE, resumedAt: null },
        ],
      },
    ],
    ['an open pause on a stopped timer', { pauses: [{ at: T0 + MINUTE, resumedAt: null }] }],
    ['a stop before the last resume', { stoppedAt: T0 + MINUTE }],
    ['a last-seen instant before the stop', { lastSeenAt: T0 }],
    ['a negative clock shift', { clockShiftMs: -5 }],
    ['a start that is not a number', { startedAt: Number.NaN }],
  ] as [string, Partial<StudyTimer>][])('rejects %s', (_name, change) => {
    expect(isConsistentTimer({ ...good, ...change })).toBe(false);
  });

  it('accepts what the functions produce', () => {
    expect(isConsistentTimer(good)).toBe(true);
    expect(isConsistentTimer(pauseTimer(startTimer(target, T0), T0 + MINUTE))).toBe(true);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [9 * SECOND, '0:09'],
    [4 * MINUTE + 7 * SECOND, '4:07'],
    [59 * MINUTE + 59 * SECOND + 999, '59:59'],
    [HOUR, '1:00:00'],
    [HOUR + 5 * MINUTE + 9 * SECOND, '1:05:09'],
    [26 * HOUR + 3 * SECOND, '26:00:03'],
    [-5 * SECOND, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
