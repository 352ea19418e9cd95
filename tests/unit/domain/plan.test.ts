import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePace } from '../../../src/domain/pace';
import {
  addDaysToDay,
  apportionDays,
  computeBuffer,
  computeSchedule,
  isCalendarDay,
  locateToday,
  phaseLengthsInDays,
  replanFromToday,
  suggestPlan,
  validatePlan,
} from '../../../src/domain/plan';
import type { PhaseDoneCounts, PhaseSpec } from '../../../src/domain/plan';
import type { Plan } from '../../../src/domain/records';
import { day, planOf } from '../support/days';

const PHASES: PhaseSpec[] = [
  { id: 'p1', weeks: 4 },
  { id: 'p2', weeks: 6 },
  { id: 'p3', weeks: 6 },
  { id: 'p4', weeks: 5 },
  { id: 'p5', weeks: 5 },
  { id: 'p6', weeks: 4 },
];

const asWritten = (startDate: string, phaseDays: Record<string, number> = {}): Plan =>
  planOf({ startDate, target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays });
/** Finish by `day`, the last day of the plan (inclusive). */
const finishBy = (startDate: string, lastDay: string, phaseDays: Record<string, number> = {}): Plan =>
  planOf({ startDate, target: { mode: 'finish-by', finishBy: lastDay }, hoursPerWeek: null, phaseDays });

/** Zones with DST, without DST, far east/west, half-hour offsets and DST at midnight (Santiago, Havana). */
const TIME_ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'America/Santiago',
  'America/Havana',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kolkata',
];

function runInTimeZone<T>(timeZone: string, compute: () => T): T {
  const previous = process.env.TZ;
  // Node re-reads TZ when it is assigned, so Date switches zones inside this process.
  process.env.TZ = timeZone;
  try {
    return compute();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}

const progress = (entries: [string, number, number][]): PhaseDoneCounts[] =>
  entries.map(([phaseId, done, total]) => ({ phaseId, done, total }));

describe('isCalendarDay', () => {
  it.each([
    ['2026-03-08', true],
    ['2028-02-29', true],
    ['2025-02-29', false],
    ['2100-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-3-8', false],
    ['20260308', false],
    ['', false],
    ['2026-03-08T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });
});

describe('validatePlan', () => {
  it.each<[string, Plan, RegExp | null]>([
    ['valid as-written', asWritten('2026-01-01'), null],
    ['valid finish-by', finishBy('2026-01-01', '2026-10-01'), null],
    ['start not a day', asWritten('2025-02-29'), /Start date/],
    ['finish-by not a day', finishBy('2026-01-01', '2026-02-30'), /Finish-by date/],
    ['finish-by equal to start', finishBy('2026-01-01', '2026-01-01'), /after the start date/],
    ['finish-by before start', finishBy('2026-01-10', '2026-01-01'), /after the start date/],
    ['too few days for six phases', finishBy('2026-01-01', '2026-01-05'), /at least one day/],
    ['hours per week zero', { ...asWritten('2026-01-01'), hoursPerWeek: 0 }, /Hours per week/],
    ['hours per week over a week', { ...asWritten('2026-01-01'), hoursPerWeek: 169 }, /Hours per week/],
    ['fractional phase override', asWritten('2026-01-01', { p2: 3.5 }), /whole number/],
    ['zero phase override', asWritten('2026-01-01', { p2: 0 }), /whole number/],
  ])('%s', (_name, plan, expected) => {
    const errors = validatePlan(plan, PHASES);
    if (expected === null) expect(errors).toEqual([]);
    else expect(errors.join(' ')).toMatch(expected);
  });
});

describe('phaseLengthsInDays', () => {
  it.each<[string, Plan, number[]]>([
    ['as written: weeks × 7', asWritten('2026-01-01'), [28, 42, 42, 35, 35, 28]],
    ['as written with an override', asWritten('2026-01-01', { p2: 50 }), [28, 50, 42, 35, 35, 28]],
    ['finish-by with the as-written length is unchanged', finishBy('2026-01-01', '2026-07-29'), [28, 42, 42, 35, 35, 28]],
    ['finish-by 90 days divides evenly', finishBy('2026-01-01', '2026-03-31'), [12, 18, 18, 15, 15, 12]],
    ['finish-by 100 days: largest remainders', finishBy('2026-01-01', '2026-04-10'), [13, 20, 20, 17, 17, 13]],
    ['finish-by 6 days: one day each', finishBy('2026-01-01', '2026-01-06'), [1, 1, 1, 1, 1, 1]],
    ['finish-by 7 days: ties go to the earlier phase', finishBy('2026-01-01', '2026-01-07'), [1, 2, 1, 1, 1, 1]],
    ['finish-by over 29 February (leap year, 29 days)', finishBy('2028-02-01', '2028-02-29'), [4, 6, 5, 5, 5, 4]],
    ['finish-by over February (common year, 28 days)', finishBy('2027-02-01', '2027-02-28'), [4, 5, 5, 5, 5, 4]],
    ['finish-by scales overrides too', finishBy('2026-01-01', '2026-01-30', { p1: 60 }), [8, 5, 5, 4, 4, 4]],
  ])('%s', (_name, plan, expected) => {
    const lengths = phaseLengthsInDays(PHASES, plan);
    expect(lengths.map((length) => length.days)).toEqual(expected);
    expect(lengths.map((length) => length.phaseId)).toEqual(PHASES.map((phase) => phase.id));
  });

  it('finish-by always sums exactly to the available days with ≥1 day per phase', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2000 }),
        (weights, extra) => {
          const total = weights.length + extra;
          const parts = apportionDays(total, weights);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
          expect(parts.every((part) => Number.isInteger(part) && part >= 1)).toBe(true);
        },
      ),
    );
  });

  it('lifts a phase that would get 0 days to 1 by taking from the largest', () => {
    expect(apportionDays(3, [1, 1000])).toEqual([1, 2]);
  });
});

describe('computeSchedule', () => {
  it.each<[string, Plan, [string, string][]]>([
    [
      'start on 29 February 2028',
      asWritten('2028-02-29'),
      [
        ['2028-02-29', '2028-03-27'],
        ['2028-03-28', '2028-05-08'],
        ['2028-05-09', '2028-06-19'],
        ['2028-06-20', '2028-07-24'],
        ['2028-07-25', '2028-08-28'],
        ['2028-08-29', '2028-09-25'],
      ],
    ],
    [
      'across the US (03-08) and EU (03-29) spring changes',
      asWritten('2026-03-02'),
      [
        ['2026-03-02', '2026-03-29'],
        ['2026-03-30', '2026-05-10'],
        ['2026-05-11', '2026-06-21'],
        ['2026-06-22', '2026-07-26'],
        ['2026-07-27', '2026-08-30'],
        ['2026-08-31', '2026-09-27'],
      ],
    ],
    [
      'across the EU (10-25) and US (11-01) autumn changes',
      asWritten('2026-10-20'),
      [
        ['2026-10-20', '2026-11-16'],
        ['2026-11-17', '2026-12-28'],
        ['2026-12-29', '2027-02-08'],
        ['2027-02-09', '2027-03-15'],
        ['2027-03-16', '2027-04-19'],
        ['2027-04-20', '2027-05-17'],
      ],
    ],
  ])('%s, identical in every time zone', (_name, plan, expected) => {
    for (const timeZone of TIME_ZONES) {
      const schedule = runInTimeZone(timeZone, () => computeSchedule(PHASES, plan));
      expect(
        schedule.map((window) => [window.start, window.end]),
        timeZone,
      ).toEqual(expected);
      expect(schedule.map((window) => window.days)).toEqual([28, 42, 42, 35, 35, 28]);
    }
  });

  it('actually switches the time zone (otherwise the test above proves nothing)', () => {
    const offsets = TIME_ZONES.map((timeZone) => runInTimeZone(timeZone, () => new Date(2026, 0, 1).getTimezoneOffset()));
    expect(new Set(offsets).size).toBeGreaterThan(4);
  });

  it('finish-by ends on the finish-by date (the day is part of the plan)', () => {
    const schedule = computeSchedule(PHASES, finishBy('2026-01-01', '2026-09-30'));
    expect(schedule[0]?.start).toBe('2026-01-01');
    expect(schedule[schedule.length - 1]?.end).toBe('2026-09-30');
    expect(schedule.reduce((sum, window) => sum + window.days, 0)).toBe(273);
  });

  it('is empty without phases', () => {
    expect(computeSchedule([], asWritten('2026-01-01'))).toEqual([]);
  });
});

describe('locateToday', () => {
  const schedule = computeSchedule(PHASES, asWritten('2026-01-01'));

  it.each([
    ['future start', '2025-12-25', { kind: 'before-start', daysUntilStart: 7, daysLeftOverall: 210 }],
    [
      'first day',
      '2026-01-01',
      {
        kind: 'in-phase',
        phaseIndex: 0,
        phaseId: 'p1',
        weekInPhase: 1,
        weeksInPhase: 4,
        dayInPhase: 1,
        daysLeftInPhase: 28,
        daysLeftOverall: 210,
      },
    ],
    [
      'day 8 is week 2',
      '2026-01-08',
      {
        kind: 'in-phase',
        phaseIndex: 0,
        phaseId: 'p1',
        weekInPhase: 2,
        weeksInPhase: 4,
        dayInPhase: 8,
        daysLeftInPhase: 21,
        daysLeftOverall: 203,
      },
    ],
    [
      'last day of a phase',
      '2026-01-28',
      {
        kind: 'in-phase',
        phaseIndex: 0,
        phaseId: 'p1',
        weekInPhase: 4,
        weeksInPhase: 4,
        dayInPhase: 28,
        daysLeftInPhase: 1,
        daysLeftOverall: 183,
      },
    ],
    [
      'first day of phase 2',
      '2026-01-29',
      {
        kind: 'in-phase',
        phaseIndex: 1,
        phaseId: 'p2',
        weekInPhase: 1,
        weeksInPhase: 6,
        dayInPhase: 1,
        daysLeftInPhase: 42,
        daysLeftOverall: 182,
      },
    ],
    [
      'last day of the plan',
      '2026-07-29',
      {
        kind: 'in-phase',
        phaseIndex: 5,
        phaseId: 'p6',
        weekInPhase: 4,
        weeksInPhase: 4,
        dayInPhase: 28,
        daysLeftInPhase: 1,
        daysLeftOverall: 1,
      },
    ],
    ['plan ended in the past', '2027-01-01', { kind: 'after-end', daysSinceEnd: 156, daysLeftOverall: 0 }],
  ])('%s (%s)', (_name, today, expected) => {
    for (const timeZone of ['UTC', 'Pacific/Auckland', 'America/New_York']) {
      expect(runInTimeZone(timeZone, () => locateToday(schedule, today))).toEqual(expected);
    }
  });

  it('counts a partial last week as a week', () => {
    const [window] = computeSchedule([{ id: 'x', weeks: 1 }], asWritten('2026-01-01', { x: 10 }));
    expect(locateToday(window ? [window] : [], '2026-01-10')).toMatchObject({ weekInPhase: 2, weeksInPhase: 2, daysLeftInPhase: 1 });
  });

  it('treats an empty schedule as ended', () => {
    expect(locateToday([], '2026-01-01')).toEqual({ kind: 'after-end', daysSinceEnd: 0, daysLeftOverall: 0 });
  });
});

describe('computeBuffer', () => {
  it.each<[string, Plan, { estimateEnd: string; days: number }]>([
    ['as written from 1 January leaves about two months', asWritten('2026-01-01'), { estimateEnd: '2026-09-30', days: 63 }],
    ['start on 29 February', asWritten('2028-02-29'), { estimateEnd: '2028-11-28', days: 64 }],
    ['month-end start clamps (31 May + 9 months = 28 Feb)', asWritten('2028-05-31'), { estimateEnd: '2029-02-27', days: 63 }],
    ['finish exactly at the estimate', finishBy('2026-01-01', '2026-09-30'), { estimateEnd: '2026-09-30', days: 0 }],
    ['longer than the estimate is negative', finishBy('2026-01-01', '2026-10-10'), { estimateEnd: '2026-09-30', days: -10 }],
  ])('%s', (_name, plan, expected) => {
    expect(computeBuffer(plan.startDate, computeSchedule(PHASES, plan))).toEqual(expected);
  });
});

describe('replanFromToday', () => {
  const behind = progress([
    ['p1', 5, 5],
    ['p2', 3, 6],
    ['p3', 0, 6],
    ['p4', 0, 5],
    ['p5', 0, 5],
    ['p6', 0, 4],
  ]);

  it('as written: today becomes the point of the current phase your progress reached; later phases shift', () => {
    const plan = asWritten('2026-01-01');
    const snapshot = structuredClone(behind);
    const result = replanFromToday(PHASES, plan, behind, '2026-03-15');
    if (!result.ok) throw new Error('expected ok');
    expect(result.isChanged).toBe(true);
    // p2 is half done, so it now runs 21 days before today and 21 after; p1 (done) stretches to meet it.
    expect(result.plan.phaseDays).toEqual({ p1: 52 });
    expect(result.plan.startDate).toBe('2026-01-01');
    const after = computeSchedule(PHASES, result.plan);
    expect(after[1]).toEqual({ phaseId: 'p2', start: '2026-02-22', end: '2026-04-04', days: 42 });
    expect(after[2]?.start).toBe('2026-04-05');
    expect(after.slice(1).map((window) => window.days)).toEqual([42, 42, 35, 35, 28]);
    expect(computePace(after, behind, '2026-03-15').status).toBe('on-track');
    expect(behind).toEqual(snapshot);
    expect(plan).toEqual(asWritten('2026-01-01'));
  });

  it('moves the start date when the first phase is the one behind', () => {
    const counts = progress([['p1', 1, 4]]);
    const result = replanFromToday(PHASES, asWritten('2026-01-01'), counts, '2026-02-15');
    if (!result.ok) throw new Error('expected ok');
    expect(result.plan).toEqual({ ...asWritten('2026-02-08'), phaseDays: {} });
    expect(computePace(computeSchedule(PHASES, result.plan), counts, '2026-02-15').status).toBe('on-track');
  });

  it.each<[string, Plan, PhaseDoneCounts[], string]>([
    ['everything done', asWritten('2026-01-01'), progress(PHASES.map((phase) => [phase.id, 3, 3])), '2026-05-01'],
    [
      'ahead: next phase has not begun by the calendar',
      asWritten('2026-01-01'),
      progress([
        ['p1', 5, 5],
        ['p2', 1, 6],
      ]),
      '2026-01-20',
    ],
    ['on schedule inside the current phase', asWritten('2026-01-01'), progress([['p1', 2, 4]]), '2026-01-15'],
    ['plan starts in the future', asWritten('2026-06-01'), behind, '2026-03-15'],
  ])('leaves the plan unchanged when %s', (_name, plan, counts, today) => {
    expect(replanFromToday(PHASES, plan, counts, today)).toEqual({ ok: true, plan, isChanged: false });
  });

  it('a plan that ended in the past restarts its last unfinished phase from today', () => {
    const counts = progress([
      ['p1', 5, 5],
      ['p2', 6, 6],
      ['p3', 6, 6],
      ['p4', 5, 5],
      ['p5', 5, 5],
      ['p6', 0, 4],
    ]);
    const result = replanFromToday(PHASES, asWritten('2026-01-01'), counts, '2027-01-01');
    if (!result.ok) throw new Error('expected ok');
    const after = computeSchedule(PHASES, result.plan);
    expect(after[5]).toEqual({ phaseId: 'p6', start: '2027-01-01', end: '2027-01-28', days: 28 });
    expect(after[4]?.end).toBe('2026-12-31');
  });

  it('treats a phase with nothing to count (total 0) as done and a missing phase as not started', () => {
    const result = replanFromToday(PHASES, asWritten('2026-01-01'), progress([['p1', 0, 0]]), '2026-02-10');
    if (!result.ok) throw new Error('expected ok');
    expect(result.plan.phaseDays).toEqual({ p1: 40 });
  });

  it('finish-by: keeps the finish-by date and the finished windows; overrides sum exactly; on track after', () => {
    const plan = finishBy('2026-01-01', '2026-09-30');
    const result = replanFromToday(PHASES, plan, behind, '2026-03-15');
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.plan.target).toEqual(plan.target);
    expect(validatePlan(result.plan, PHASES)).toEqual([]);
    const before = computeSchedule(PHASES, plan);
    const after = computeSchedule(PHASES, result.plan);
    expect(after[0]?.start).toBe(before[0]?.start);
    expect(after[after.length - 1]?.end).toBe('2026-09-30');
    expect(Object.values(result.plan.phaseDays).reduce((sum, days) => sum + days, 0)).toBe(273);
    expect(after.map((window) => window.days)).toEqual(PHASES.map((phase) => result.plan.phaseDays[phase.id]));
    expect(computePace(after, behind, '2026-03-15').status).toBe('on-track');
  });

  it('finish-by: asks for a later date when too few days are left', () => {
    const result = replanFromToday(PHASES, finishBy('2026-01-01', '2026-09-30'), behind, '2026-09-28');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/later finish-by date/);
  });

  it('never leaves you behind when it changes anything (on track, or ahead by work done in later phases)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(6), fc.integer({ min: 1, max: 6 })), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 400 }),
        fc.boolean(),
        (pairs, offset, isFinishBy) => {
          const counts = pairs.map(([done, total], index) => ({ phaseId: PHASES[index]!.id, done: Math.min(done, total), total }));
          const today = addDaysToDay('2026-01-01', offset);
          const plan = isFinishBy ? finishBy('2026-01-01', '2027-09-01') : asWritten('2026-01-01');
          const result = replanFromToday(PHASES, plan, counts, today);
          if (!result.ok || !result.isChanged) return;
          expect(validatePlan(result.plan, PHASES)).toEqual([]);
          const pace = computePace(computeSchedule(PHASES, result.plan), counts, today);
          expect(pace.days).toBeGreaterThanOrEqual(-1);
          const current = counts.findIndex((count) => count.done < count.total);
          const isLaterWorkDone = counts.slice(current + 1).some((count) => count.done > 0);
          if (!isLaterWorkDone) expect(Math.abs(pace.days)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same plan in every time zone, across a DST change', () => {
    const results = TIME_ZONES.map((timeZone) =>
      runInTimeZone(timeZone, () => replanFromToday(PHASES, finishBy('2026-03-02', '2026-11-02'), behind, '2026-05-10')),
    );
    expect(results[0]).toMatchObject({ ok: true, isChanged: true });
    for (const result of results) expect(result).toEqual(results[0]);
  });
});

describe('suggestPlan', () => {
  it('starts the as-written plan today', () => {
    expect(suggestPlan(day('2028-02-29'))).toEqual(asWritten('2028-02-29'));
    expect(validatePlan(suggestPlan(day('2028-02-29')), PHASES)).toEqual([]);
  });
});

describe('calendar-day discipline', () => {
  it.each(['plan', 'pace', 'study-stats', 'ics'])('src/domain/%s.ts uses no local-time Date methods and no hidden clock', (name) => {
    const source = readFileSync(new URL(`../../../src/domain/${name}.ts`, import.meta.url), 'utf8');
    expect(source).not.toMatch(/\.(get|set)(Date|Day|Hours|Minutes|Month|FullYear|Year|TimezoneOffset)\(/);
    expect(source).not.toMatch(/new Date\(\s*\)|Date\.now\(|Date\.parse\(/);
  });
});
