import { describe, expect, it } from 'vitest';
import {
  MAX_PROJECTION_DAYS,
  NOT_ENOUGH_PROGRESS_MESSAGE,
  computeActualFraction,
  computeExpectedFraction,
  computeItemWeights,
  computePace,
  describePace,
  projectFinish,
} from '../../../src/domain/pace';
import type { Completion, Pace } from '../../../src/domain/pace';
import { addDaysToDay, computeSchedule, countDaysBetween } from '../../../src/domain/plan';
import type { PhaseDoneCounts, PhaseSpec, PhaseWindow } from '../../../src/domain/plan';
import { planOf } from '../support/days';

const PHASES: PhaseSpec[] = [
  { id: 'p1', weeks: 4 },
  { id: 'p2', weeks: 6 },
  { id: 'p3', weeks: 6 },
  { id: 'p4', weeks: 5 },
  { id: 'p5', weeks: 5 },
  { id: 'p6', weeks: 4 },
];
const schedule = computeSchedule(
  PHASES,
  planOf({ startDate: '2026-01-01', target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} }),
);

function runInTimeZone<T>(timeZone: string, compute: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = timeZone; // Node re-reads TZ on assignment
  try {
    return compute();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

/** p1 has 28 items, so one p1 item is worth exactly one plan day. */
const withP1Done = (done: number): PhaseDoneCounts[] => [
  { phaseId: 'p1', done, total: 28 },
  ...PHASES.slice(1).map((phase) => ({ phaseId: phase.id, done: 0, total: 10 })),
];
const allDone: PhaseDoneCounts[] = PHASES.map((phase) => ({ phaseId: phase.id, done: 7, total: 7 }));

/** The formula as the issue states it, phase by phase, to check the simplified implementation. */
function computeExpectedBySpec(windows: readonly PhaseWindow[], today: string): number {
  const totalDays = windows.reduce((sum, window) => sum + window.days, 0);
  return windows.reduce((sum, window) => {
    const elapsed = Math.min(Math.max(countDaysBetween(window.start, today), 0), window.days);
    return sum + (elapsed / window.days) * (window.days / totalDays);
  }, 0);
}

describe('computeExpectedFraction', () => {
  it.each([
    ['before the start', '2025-12-01', 0],
    ['first day (nothing elapsed yet)', '2026-01-01', 0],
    ['second day', '2026-01-02', 1 / 210],
    ['end of phase 1', '2026-01-29', 28 / 210],
    ['last day', '2026-07-29', 209 / 210],
    ['the day after the end', '2026-07-30', 1],
    ['long after the end', '2030-01-01', 1],
  ])('%s (%s)', (_name, today, expected) => {
    expect(computeExpectedFraction(schedule, today)).toBeCloseTo(expected, 12);
  });

  it.each(['2026-01-15', '2026-03-08', '2026-03-29', '2026-05-30', '2026-07-10'])(
    'matches the phase-weighted formula on %s in every zone',
    (today) => {
      for (const timeZone of ['UTC', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland']) {
        expect(runInTimeZone(timeZone, () => computeExpectedFraction(schedule, today))).toBeCloseTo(
          computeExpectedBySpec(schedule, today),
          12,
        );
      }
    },
  );

  it('is 0 for an empty schedule', () => {
    expect(computeExpectedFraction([], '2026-01-01')).toBe(0);
  });
});

describe('computeActualFraction', () => {
  it.each<[string, PhaseDoneCounts[], number]>([
    ['nothing', [], 0],
    ['half of phase 1', withP1Done(14), 14 / 210],
    ['all of phase 2 (42 of 210 days)', [{ phaseId: 'p2', done: 3, total: 3 }], 42 / 210],
    ['a phase with total 0 counts as complete', [{ phaseId: 'p1', done: 0, total: 0 }], 28 / 210],
    ['done above total is capped', [{ phaseId: 'p1', done: 40, total: 28 }], 28 / 210],
    ['unknown phase ids are ignored', [{ phaseId: 'zz', done: 1, total: 1 }], 0],
    ['everything', allDone, 1],
  ])('%s', (_name, counts, expected) => {
    expect(computeActualFraction(counts, schedule)).toBeCloseTo(expected, 12);
  });

  it('item weights add up to the whole roadmap', () => {
    const counts = withP1Done(3);
    const weights = computeItemWeights(counts, schedule);
    const total = counts.reduce((sum, count) => sum + (weights.get(count.phaseId) ?? 0) * count.total, 0);
    expect(total).toBeCloseTo(1, 12);
    expect(weights.get('p1')).toBeCloseTo(1 / 210, 12);
  });
});

describe('computePace', () => {
  it.each<[string, PhaseDoneCounts[], string, Pace]>([
    ['start in the future', withP1Done(0), '2025-12-20', { status: 'not-started', days: 0 }],
    ['first day, nothing done', withP1Done(0), '2026-01-01', { status: 'on-track', days: 0 }],
    ['exactly on pace', withP1Done(14), '2026-01-15', { status: 'on-track', days: 0 }],
    ['one day ahead is on track', withP1Done(15), '2026-01-15', { status: 'on-track', days: 1 }],
    ['one day behind is on track', withP1Done(13), '2026-01-15', { status: 'on-track', days: -1 }],
    ['two days ahead', withP1Done(16), '2026-01-15', { status: 'ahead', days: 2 }],
    ['two days behind', withP1Done(12), '2026-01-15', { status: 'behind', days: -2 }],
    ['plan ended in the past, only phase 1 done', withP1Done(28), '2027-01-01', { status: 'behind', days: -182 }],
    ['everything done after the end', allDone, '2027-01-01', { status: 'finished', days: 0 }],
    ['everything done early', allDone, '2026-02-01', { status: 'finished', days: 179 }],
    [
      'phases with nothing to count are finished',
      PHASES.map((phase) => ({ phaseId: phase.id, done: 0, total: 0 })),
      '2026-02-01',
      { status: 'finished', days: 179 },
    ],
  ])('%s', (_name, counts, today, expected) => {
    expect(computePace(schedule, counts, today)).toEqual(expected);
  });

  it('rounds ahead and behind symmetrically', () => {
    // 0.5 item of a 28-item phase = 0.5 day either way.
    const half = (done: number): PhaseDoneCounts[] => [{ phaseId: 'p1', done, total: 56 }];
    expect(computePace(schedule, half(33), '2026-01-15').days).toBe(3); // 16.5 − 14 = 2.5 → 3
    expect(computePace(schedule, half(23), '2026-01-15').days).toBe(-3); // 11.5 − 14 = −2.5 → −3
  });

  it('an empty schedule is not started', () => {
    expect(computePace([], [], '2026-01-01')).toEqual({ status: 'not-started', days: 0 });
  });
});

describe('describePace', () => {
  it.each<[Pace, string]>([
    [{ status: 'on-track', days: 0 }, 'On track'],
    [{ status: 'on-track', days: -1 }, 'On track'],
    [{ status: 'ahead', days: 1 }, 'Ahead by 1 day'],
    [{ status: 'ahead', days: 3 }, 'Ahead by 3 days'],
    [{ status: 'behind', days: -1 }, 'Behind by 1 day'],
    [{ status: 'behind', days: -12 }, 'Behind by 12 days'],
    [{ status: 'not-started', days: 0 }, 'Not started yet'],
    [{ status: 'finished', days: 20 }, 'Finished'],
  ])('%j → %s', (pace, expected) => {
    expect(describePace(pace)).toBe(expected);
  });
});

describe('projectFinish', () => {
  const today = '2026-03-10';
  const daily = (count: number, weight: number, lastDay = today): Completion[] =>
    Array.from({ length: count }, (_, index) => ({ day: addDaysToDay(lastDay, -index), weight }));

  it.each<[string, Completion[], number, string | null]>([
    ['no completions at all', [], 1, null],
    ['only completions older than four weeks', daily(10, 1, '2026-02-10'), 1, null],
    ['only completions dated after today', daily(5, 1, '2026-03-20').filter((completion) => completion.day > today), 1, null],
    ['one a day for four weeks, ten to go', daily(28, 1), 10, '2026-03-20'],
    ['the window starts 27 days back, inclusive', [{ day: '2026-02-11', weight: 28 }], 3, '2026-03-13'],
    ['28 days back is outside the window', [{ day: '2026-02-10', weight: 28 }], 3, null],
    ['float weights do not add a day', daily(28, 0.1), 0.3, '2026-03-13'],
    ['nothing remaining finishes today', [], 0, today],
  ])('%s', (_name, completions, remaining, expected) => {
    const projection = projectFinish(completions, remaining, today);
    expect(projection?.day ?? null).toBe(expected);
  });

  it('crosses 29 February in a leap year', () => {
    expect(projectFinish(daily(28, 1, '2028-02-25'), 5, '2028-02-25')?.day).toBe('2028-03-01');
  });

  it('a trickle that would take over ten years reports not enough progress', () => {
    expect(projectFinish([{ day: today, weight: 1e-9 }], 1, today)).toBeNull();
    expect(MAX_PROJECTION_DAYS).toBe(3650);
    expect(NOT_ENOUGH_PROGRESS_MESSAGE).toMatch(/Not enough recent progress/);
  });

  it('handles 100,800 completions', () => {
    const days = Array.from({ length: 56 }, (_, index) => addDaysToDay(today, -index));
    const many = Array.from({ length: 100_800 }, (_, index) => ({ day: days[index % 56] ?? today, weight: 1 }));
    // Half of them (50,400) fall in the 28-day window: 1,800 a day.
    const projection = projectFinish(many, 50_400, today);
    expect(projection).toEqual({ day: '2026-04-07', daysNeeded: 28, weightPerDay: 1800 });
  });
});
