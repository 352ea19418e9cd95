/**
 * The fast study-log statistics (integer day numbers, one pass over sessions) give exactly what
 * the plain definitions give (tests/unit/domain/study-stats-reference.ts: date-fns, day by day),
 * on random sessions around leap days, century years, year ends, DST changes and the bounds of
 * study days (2000-01-01 to 2100-12-31; sessions outside them do not count), in any time zone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDay } from '../../../src/domain/plan';
import { legacyHlc } from '../../../src/domain/hlc';
import { day as asStoredDay } from '../support/days';
import type { StudySessionRecord } from '../../../src/domain/records';
import { computeConsistency, heatmapCells, weeklyMinutes } from '../../../src/domain/study-stats';
import { referenceConsistency, referenceHeatmapCells, referenceWeeklyMinutes } from './study-stats-reference';

/**
 * Days around which the sessions cluster: leap days (2000 is a leap year, 2100 is not), year ends,
 * DST changes, both ends of the study days, and days outside them (1600, 1900: nothing counts).
 */
const ANCHORS = [
  '1600-02-27',
  '1900-02-26',
  '2000-01-03',
  '2000-02-27',
  '2026-03-27',
  '2026-10-24',
  '2026-12-29',
  '2027-12-27',
  '2028-02-27',
  '2100-02-26',
  '2100-12-28',
];
/** Stored days the statistics must ignore: not real days, or not written `yyyy-MM-dd`. */
const NOT_DAYS = [
  '2026-02-30',
  '2025-02-29',
  '1900-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-3-01',
  '2026-03-11T10:00:00Z',
  '',
  '0000-01-01',
  '２０２６-03-01',
];
const TIME_ZONES = ['UTC', 'America/Santiago', 'Europe/Berlin', 'Pacific/Auckland', 'America/New_York'];

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

const scenario = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    todayOffset: fc.integer({ min: -10, max: 40 }),
    timeZone: fc.constantFrom(...TIME_ZONES),
    hoursPerWeek: fc.oneof(fc.constant(null), fc.constant(0), fc.double({ min: 0.1, max: 40, noNaN: true })),
    weeks: fc.integer({ min: 0, max: 60 }),
    sessions: fc.array(
      fc.record({
        day: fc.oneof(
          { weight: 12, arbitrary: fc.integer({ min: -45, max: 45 }) },
          // Now and then a day decades away, so the totals spread too wide for one array slot per day.
          { weight: 1, arbitrary: fc.integer({ min: -30_000, max: 30_000 }) },
          { weight: 1, arbitrary: fc.constantFrom(...NOT_DAYS) },
        ),
        minutes: fc.oneof({ weight: 10, arbitrary: fc.integer({ min: 1, max: 1440 }) }, fc.constantFrom(0, -5, Number.NaN)),
        isDeleted: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      }),
      { maxLength: 120 },
    ),
  })
  .map(({ anchor, todayOffset, timeZone, hoursPerWeek, weeks, sessions }) => ({
    timeZone,
    hoursPerWeek,
    weeks,
    today: addDaysToDay(anchor, todayOffset),
    sessions: sessions.map(({ day, minutes, isDeleted }, index): StudySessionRecord => ({
      id: `s${index}`,
      roadmapId: 'rm',
      // Stored days are not trusted: some of these are not calendar days at all.
      day: asStoredDay(typeof day === 'number' ? addDaysToDay(anchor, day) : day),
      minutes,
      phaseId: null,
      itemId: null,
      note: '',
      updatedAt: 0,
      deletedAt: isDeleted ? 1 : null,
      hlc: legacyHlc(0),
    })),
  }));

describe('study-log statistics match their plain definitions', () => {
  it('computeConsistency: week totals, goal weeks, four-week average and streaks', () => {
    fc.assert(
      fc.property(scenario, ({ sessions, today, hoursPerWeek, timeZone }) => {
        const fast = runInTimeZone(timeZone, () => computeConsistency(sessions, today, hoursPerWeek));
        expect(fast).toEqual(referenceConsistency(sessions, today, hoursPerWeek));
      }),
      { numRuns: 300 },
    );
  });

  it('weeklyMinutes', () => {
    fc.assert(
      fc.property(scenario, ({ sessions, today, weeks, timeZone }) => {
        const fast = runInTimeZone(timeZone, () => weeklyMinutes(sessions, today, weeks));
        expect(fast).toEqual(referenceWeeklyMinutes(sessions, today, weeks));
      }),
      { numRuns: 200 },
    );
  });

  it('heatmapCells', () => {
    fc.assert(
      fc.property(scenario, ({ sessions, today, weeks, timeZone }) => {
        const fast = runInTimeZone(timeZone, () => heatmapCells(sessions, today, weeks));
        expect(fast).toEqual(referenceHeatmapCells(sessions, today, weeks));
      }),
      { numRuns: 100 },
    );
  });

  const dailyFrom = (first: string, last: string): StudySessionRecord[] => {
    const sessions: StudySessionRecord[] = [];
    for (let day = first; day <= last; day = addDaysToDay(day, 1)) {
      sessions.push({
        id: day,
        roadmapId: 'rm',
        day: asStoredDay(day),
        minutes: 5,
        phaseId: null,
        itemId: null,
        note: '',
        updatedAt: 0,
        deletedAt: null,
        hlc: legacyHlc(0),
      });
    }
    return sessions;
  };

  it('counts every day from 2096 to the last study day as one streak, over 2100 (no leap day)', () => {
    const sessions = dailyFrom('2096-02-01', '2100-12-31');
    expect(computeConsistency(sessions, '2100-12-31', null)).toMatchObject({
      currentStreakDays: sessions.length,
      longestStreakDays: sessions.length,
    });
  });

  it('starts a streak that began before 2000 on the first study day', () => {
    expect(computeConsistency(dailyFrom('1999-12-20', '2000-01-10'), '2000-01-10', null)).toMatchObject({
      currentStreakDays: 10,
      longestStreakDays: 10,
    });
  });

  it('rejects a today that is not a calendar day', () => {
    expect(() => computeConsistency([], '2026-02-30', null)).toThrow(RangeError);
  });
});
