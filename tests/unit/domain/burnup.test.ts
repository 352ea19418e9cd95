import { describe, expect, it } from 'vitest';
import { computeBurnup, describeBurnup } from '../../../src/domain/burnup';
import type { Burnup, BurnupInput } from '../../../src/domain/burnup';
import { addDaysToDay, computeSchedule, countDaysBetween } from '../../../src/domain/plan';
import type { PhaseSpec } from '../../../src/domain/plan';
import { planOf } from '../support/days';

const PHASES: PhaseSpec[] = [
  { id: 'p1', weeks: 4 },
  { id: 'p2', weeks: 6 },
  { id: 'p3', weeks: 6 },
  { id: 'p4', weeks: 5 },
  { id: 'p5', weeks: 5 },
  { id: 'p6', weeks: 4 },
];
/** 2026-01-01 … 2026-07-29 (210 days). */
const schedule = computeSchedule(
  PHASES,
  planOf({ startDate: '2026-01-01', target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} }),
);
const START = '2026-01-01';
const END = '2026-07-29';
/** 4 + 6 + 6 + 5 + 5 + 4 = 30 items. */
const itemsPerPhase = PHASES.map((phase) => ({ phaseId: phase.id, total: phase.weeks }));

const doneOn = (...days: string[]) => days.map((day) => ({ day }));

function run(overrides: Partial<BurnupInput>): Burnup {
  return computeBurnup({ schedule, itemsPerPhase, completions: [], today: '2026-03-01', ...overrides });
}

function pointOn(result: Burnup, day: string) {
  const point = result.points.find((candidate) => candidate.day === day);
  if (point === undefined) throw new Error(`no point on ${day}`);
  return point;
}

describe('computeBurnup', () => {
  it('has nothing to chart without a schedule', () => {
    expect(computeBurnup({ schedule: [], itemsPerPhase, completions: doneOn('2026-01-02'), today: '2026-03-01' })).toEqual({
      points: [],
      totalItems: 0,
    });
  });

  it.each([
    { name: 'plan under way', today: '2026-03-01', first: START, last: END },
    { name: 'plan in the future', today: '2025-11-15', first: '2025-11-15', last: END },
    { name: 'plan ended in the past', today: '2027-02-01', first: START, last: '2027-02-01' },
    { name: 'today on the first day', today: START, first: START, last: END },
    { name: 'today on the last day', today: END, first: START, last: END },
  ])('runs from the start (or today) to the end (or today): $name', ({ today, first, last }) => {
    const result = run({ today });
    expect(result.points[0]?.day).toBe(first);
    expect(result.points.at(-1)?.day).toBe(last);
    expect(result.points.some((point) => point.day === today)).toBe(true);
    const days = result.points.map((point) => point.day);
    expect(days).toEqual([...new Set(days)].sort());
    expect(result.totalItems).toBe(30);
  });

  it('plans exactly every item by the last day, and keeps that total after it', () => {
    const result = run({ today: '2027-02-01' });
    expect(pointOn(result, END).planned).toBe(30);
    expect(result.points.at(-1)?.planned).toBe(30);
  });

  it.each([
    { day: START, planned: Math.round((4 / 28) * 100) / 100 },
    { day: '2026-01-28', planned: 4 }, // last day of p1
    { day: '2026-01-29', planned: Math.round((4 + 6 / 42) * 100) / 100 },
    { day: '2026-03-11', planned: 10 }, // last day of p2
  ])('spreads each phase evenly over its window: $day', ({ day, planned }) => {
    const result = computeBurnup({ schedule, itemsPerPhase, completions: [], today: day });
    expect(pointOn(result, day).planned).toBeCloseTo(planned, 2);
  });

  it('plans nothing before the start of a future plan', () => {
    const result = run({ today: '2025-11-15' });
    expect(pointOn(result, '2025-11-15').planned).toBe(0);
    expect(result.points.every((point, index) => index === 0 || point.actual === null)).toBe(true);
  });

  it('counts cumulative done items and leaves days after today empty', () => {
    const result = run({ today: '2026-03-01', completions: doneOn('2026-01-02', '2026-01-20', '2026-02-10', '2026-03-01') });
    expect(pointOn(result, '2026-03-01').actual).toBe(4);
    expect(result.points[0]?.actual).toBe(0);
    const afterToday = result.points.filter((point) => point.day > '2026-03-01');
    expect(afterToday.length).toBeGreaterThan(0);
    expect(afterToday.every((point) => point.actual === null)).toBe(true);
    const actuals = result.points.flatMap((point) => (point.actual === null ? [] : [point.actual]));
    expect(actuals).toEqual([...actuals].sort((a, b) => a - b));
  });

  it.each([
    { name: 'before the plan start count at the start', completions: doneOn('2025-12-01', '2025-12-31'), at: START, expected: 2 },
    { name: 'after today are ignored', completions: doneOn('2026-03-02', '2026-06-01'), at: '2026-03-01', expected: 0 },
    {
      name: 'before today in a future plan count on today',
      completions: doneOn('2025-10-01'),
      at: '2025-11-15',
      expected: 1,
      today: '2025-11-15',
    },
    {
      name: 'after the end of a past plan count by today',
      completions: doneOn('2026-12-01'),
      at: '2027-02-01',
      expected: 1,
      today: '2027-02-01',
    },
  ])('completions $name', ({ completions, at, expected, today }) => {
    expect(pointOn(run({ completions, today: today ?? '2026-03-01' }), at).actual).toBe(expected);
  });

  it('reaches the total when everything is done', () => {
    const completions = doneOn(...Array.from({ length: 30 }, (_, index) => addDaysToDay(START, index * 7)));
    const result = run({ completions, today: END });
    expect(result.points.at(-1)).toEqual({ day: END, planned: 30, actual: 30 });
  });

  it.each([3, 4, 10, 30, 60])('keeps at most %i points, sampled at most weekly', (maxPoints) => {
    for (const today of ['2026-03-04', '2030-06-01', '2020-01-01']) {
      const result = run({ today, maxPoints });
      expect(result.points.length).toBeLessThanOrEqual(maxPoints);
      expect(result.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('samples weekly when the plan fits', () => {
    const result = run({ today: '2026-03-04' });
    const gaps = result.points.slice(1).map((point, index) => countDaysBetween(result.points[index]?.day ?? '', point.day));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7);
    expect(result.points.length).toBeLessThanOrEqual(60);
  });

  it('ignores negative or missing totals', () => {
    const result = computeBurnup({
      schedule,
      itemsPerPhase: [
        { phaseId: 'p1', total: -3 },
        { phaseId: 'p2', total: 5 },
        { phaseId: 'elsewhere', total: 9 },
      ],
      completions: [],
      today: END,
    });
    expect(result.totalItems).toBe(5);
    expect(pointOn(result, END).planned).toBe(5);
  });

  it('handles 10,000 completions quickly and exactly', () => {
    const completions = Array.from({ length: 10_000 }, (_, index) => ({ day: addDaysToDay('2025-12-01', index % 400) }));
    const started = performance.now();
    const result = run({ completions, today: '2026-06-30' });
    expect(performance.now() - started).toBeLessThan(200);
    const expected = completions.filter((completion) => completion.day <= '2026-06-30').length;
    expect(pointOn(result, '2026-06-30').actual).toBe(expected);
  });

  it('never produces NaN', () => {
    const oneDay = [{ phaseId: 'p1', start: START, end: START, days: 1 }];
    const result = computeBurnup({
      schedule: oneDay,
      itemsPerPhase: [{ phaseId: 'p1', total: 3 }],
      completions: doneOn(START),
      today: START,
      maxPoints: Number.NaN,
    });
    expect(result.points).toEqual([{ day: START, planned: 3, actual: 1 }]);
  });
});

describe('describeBurnup', () => {
  it.each([
    {
      name: 'under way',
      input: { completions: doneOn('2026-01-02', '2026-01-20'), today: '2026-01-28' },
      text: 'By today 4 of 30 items were planned and 2 are done.',
    },
    {
      name: 'one of each',
      input: { itemsPerPhase: [{ phaseId: 'p1', total: 28 }], completions: doneOn(START), today: START },
      text: 'By today 1 of 28 items was planned and 1 is done.',
    },
    { name: 'future plan', input: { today: '2025-11-15' }, text: 'By today 0 of 30 items were planned and 0 are done.' },
  ])('summarises: $name', ({ input, text }) => {
    const today = input.today;
    expect(describeBurnup(run(input), today)).toBe(text);
  });

  it('says when there is nothing to chart', () => {
    expect(describeBurnup({ points: [], totalItems: 0 }, START)).toMatch(/no schedule/i);
    expect(describeBurnup(run({ itemsPerPhase: [] }), START)).toMatch(/no items/i);
  });
});
