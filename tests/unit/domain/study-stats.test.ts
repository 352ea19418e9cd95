import { describe, expect, it } from 'vitest';
import {
  computeConsistency,
  findHeatmapLevel,
  heatmapCells,
  minutesByDay,
  validateSession,
  weeklyMinutes,
} from '../../../src/domain/study-stats';
import type { SessionInput } from '../../../src/domain/study-stats';
import { addDaysToDay } from '../../../src/domain/plan';
import type { StudySessionRecord } from '../../../src/domain/records';
import { day as asDay } from '../support/days';
import { legacyHlc } from '../../../src/domain/hlc';

let nextId = 0;
function session(day: string, minutes: number, deletedAt: number | null = null): StudySessionRecord {
  nextId += 1;
  return {
    id: `s${nextId}`,
    roadmapId: 'rm',
    day: asDay(day),
    minutes,
    phaseId: null,
    itemId: null,
    note: '',
    updatedAt: 0,
    deletedAt,
    hlc: legacyHlc(0),
  };
}

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
const TIME_ZONES = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Pacific/Auckland',
  'America/Santiago',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];

/** Wednesday; its ISO week runs Monday 2026-03-09 to Sunday 2026-03-15. */
const TODAY = '2026-03-11';

describe('minutesByDay', () => {
  it.each<[string, StudySessionRecord[], [string, number][]]>([
    ['empty', [], []],
    [
      'sums sessions of a day',
      [session('2026-03-10', 30), session('2026-03-10', 45), session('2026-03-11', 5)],
      [
        ['2026-03-10', 75],
        ['2026-03-11', 5],
      ],
    ],
    ['ignores tombstoned sessions', [session('2026-03-10', 30), session('2026-03-10', 45, 123)], [['2026-03-10', 30]]],
    ['ignores zero and negative minutes', [session('2026-03-10', 0), session('2026-03-10', -5)], []],
  ])('%s', (_name, sessions, expected) => {
    expect([...minutesByDay(sessions)]).toEqual(expected);
  });
});

describe('weeklyMinutes', () => {
  const sessions = [
    session('2026-02-23', 10), // Monday, oldest week shown
    session('2026-03-01', 20), // Sunday: still the week of 23 February
    session('2026-03-02', 30), // Monday
    session('2026-03-08', 40), // Sunday, US DST change
    session('2026-03-09', 50), // Monday of the current week
    session('2026-03-15', 60), // Sunday later this week still counts for this week
    session('2026-03-16', 70), // next week: not shown
    session('2026-02-22', 80), // before the window
    session('2026-03-09', 90, 1), // tombstoned
  ];

  it.each<[string, number, [string, number][]]>([
    [
      'three weeks, newest last',
      3,
      [
        ['2026-02-23', 30],
        ['2026-03-02', 70],
        ['2026-03-09', 110],
      ],
    ],
    ['one week', 1, [['2026-03-09', 110]]],
    ['zero weeks', 0, []],
  ])('%s', (_name, weeks, expected) => {
    for (const timeZone of TIME_ZONES) {
      const result = runInTimeZone(timeZone, () => weeklyMinutes(sessions, TODAY, weeks));
      expect(
        result.map((week) => [week.weekStart, week.minutes]),
        timeZone,
      ).toEqual(expected);
    }
  });

  it.each([
    ['EU autumn change (Sunday 2026-10-25)', '2026-10-25', '2026-10-19'],
    ['US autumn change (Sunday 2026-11-01)', '2026-11-01', '2026-10-26'],
    ['EU spring change (Sunday 2026-03-29)', '2026-03-29', '2026-03-23'],
    ['new year inside an ISO week', '2027-01-01', '2026-12-28'],
    ['leap day', '2028-02-29', '2028-02-28'],
  ])('%s: week starts on Monday in every zone', (_name, today, monday) => {
    for (const timeZone of TIME_ZONES) {
      const [week] = runInTimeZone(timeZone, () => weeklyMinutes([session(today, 25)], today, 1));
      expect(week, timeZone).toEqual({ weekStart: monday, minutes: 25 });
    }
  });
});

describe('computeConsistency', () => {
  it('empty data', () => {
    expect(computeConsistency([], TODAY, null)).toEqual({
      thisWeekMinutes: 0,
      goalMinutes: null,
      weeksMeetingGoal: null,
      weeksConsidered: 8,
      rollingFourWeekAverageMinutes: 0,
      currentStreakDays: 0,
      longestStreakDays: 0,
    });
  });

  it('counts weeks meeting the goal and a rolling average over the 28 days ending today', () => {
    const sessions = [
      session('2026-03-10', 200),
      session('2026-03-11', 100), // current week: 300 = goal
      session('2026-03-03', 299), // one minute short
      session('2026-02-16', 400),
      session('2026-01-19', 500), // 8th week back: counts (Monday of the oldest considered week)
      session('2026-01-18', 900), // 9th week back: does not
      session('2026-02-11', 40), // today − 28: outside the rolling window
      session('2026-02-12', 60), // today − 27: inside
    ];
    expect(computeConsistency(sessions, TODAY, 5)).toMatchObject({
      thisWeekMinutes: 300,
      goalMinutes: 300,
      weeksMeetingGoal: 3,
      rollingFourWeekAverageMinutes: (200 + 100 + 299 + 400 + 60) / 4,
    });
  });

  it.each<[string, string[], string, number, number]>([
    ['streak ending today', ['2026-03-09', '2026-03-10', '2026-03-11'], TODAY, 3, 3],
    ['streak ending yesterday is still alive', ['2026-03-08', '2026-03-09', '2026-03-10'], TODAY, 3, 3],
    ['streak broken two days ago', ['2026-03-08', '2026-03-09'], TODAY, 0, 2],
    ['longest streak in the past', ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-03-11'], TODAY, 1, 4],
    ['streak over 29 February', ['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01', 3, 3],
    ['streak over the year end', ['2026-12-31', '2027-01-01'], '2027-01-01', 2, 2],
    ['streak over DST changes', ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-28', '2026-03-29', '2026-03-30'], '2026-03-30', 3, 3],
  ])('%s', (_name, days, today, current, longest) => {
    const sessions = days.map((day) => session(day, 15));
    for (const timeZone of TIME_ZONES) {
      const result = runInTimeZone(timeZone, () => computeConsistency(sessions, today, null));
      expect([result.currentStreakDays, result.longestStreakDays], timeZone).toEqual([current, longest]);
    }
  });

  it('a tombstoned session breaks the streak and invalid stored days are ignored', () => {
    const sessions = [session('2026-03-09', 10), session('2026-03-10', 10, 5), session('2026-03-11', 10), session('2026-02-30', 10)];
    expect(computeConsistency(sessions, TODAY, null)).toMatchObject({ currentStreakDays: 1, longestStreakDays: 1 });
  });
});

describe('heatmap', () => {
  it.each([
    [0, 0],
    [1, 1],
    [29, 1],
    [30, 2],
    [59, 2],
    [60, 3],
    [119, 3],
    [120, 4],
    [1440, 4],
  ])('%i minutes → level %i', (minutes, level) => {
    expect(findHeatmapLevel(minutes)).toBe(level);
  });

  it('lays out 26 ISO weeks, Monday to Sunday, ending with this week', () => {
    const cells = heatmapCells([session(TODAY, 45), session('2025-09-15', 200), session('2025-09-14', 999)], TODAY);
    expect(cells).toHaveLength(182);
    expect(cells[0]).toEqual({ day: '2025-09-15', minutes: 200, level: 4, weekIndex: 0, dayOfWeek: 0, isFuture: false });
    expect(cells[cells.length - 1]).toEqual({ day: '2026-03-15', minutes: 0, level: 0, weekIndex: 25, dayOfWeek: 6, isFuture: true });
    expect(cells.find((cell) => cell.day === TODAY)).toMatchObject({ minutes: 45, level: 2, isFuture: false, dayOfWeek: 2 });
    expect(cells.filter((cell) => cell.isFuture).map((cell) => cell.day)).toEqual(['2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15']);
  });

  it('is identical in every time zone around DST changes', () => {
    const sessions = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'].map((day) => session(day, 30));
    const results = TIME_ZONES.map((timeZone) => runInTimeZone(timeZone, () => heatmapCells(sessions, '2026-11-04')));
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]?.filter((cell) => cell.minutes > 0).map((cell) => cell.day)).toEqual(['2026-10-25', '2026-11-01']);
    // Every column still starts on a Monday after the changes.
    expect(
      results[0]
        ?.filter((cell) => cell.dayOfWeek === 0)
        .every((cell, index, mondays) => index === 0 || addDaysToDay(mondays[index - 1]?.day ?? '', 7) === cell.day),
    ).toBe(true);
  });

  it('empty data gives a blank grid', () => {
    expect(heatmapCells([], TODAY).every((cell) => cell.minutes === 0 && cell.level === 0)).toBe(true);
  });
});

describe('100,000 sessions', () => {
  const days = Array.from({ length: 400 }, (_, index) => addDaysToDay(TODAY, -index));
  const sessions = Array.from({ length: 100_000 }, (_, index) => session(days[index % 400] ?? TODAY, 1 + (index % 7)));
  const sumBetween = (first: string, last: string): number =>
    sessions.reduce((sum, item) => (item.day >= first && item.day <= last ? sum + item.minutes : sum), 0);

  it('heatmap totals match a direct sum', () => {
    const cells = heatmapCells(sessions, TODAY);
    const total = cells.reduce((sum, cell) => sum + cell.minutes, 0);
    expect(total).toBe(sumBetween(cells[0]?.day ?? '', TODAY));
  });

  it('weekly minutes match a direct sum', () => {
    const weeks = weeklyMinutes(sessions, TODAY, 52);
    expect(weeks).toHaveLength(52);
    expect(weeks.reduce((sum, week) => sum + week.minutes, 0)).toBe(sumBetween(weeks[0]?.weekStart ?? '', '2026-03-15'));
  });

  it('streaks cover all 400 days', () => {
    expect(computeConsistency(sessions, TODAY, 10)).toMatchObject({ currentStreakDays: 400, longestStreakDays: 400, weeksMeetingGoal: 8 });
  });
});

describe('validateSession', () => {
  const valid: SessionInput = { day: '2026-03-11', minutes: 30, note: '' };
  it.each<[string, Partial<SessionInput>, RegExp | null]>([
    ['valid', {}, null],
    ['leap day in a leap year', { day: '2028-02-29' }, null],
    ['29 February in a common year', { day: '2025-02-29' }, /real calendar day/],
    ['month 13', { day: '2026-13-01' }, /real calendar day/],
    ['not zero-padded', { day: '2026-3-1' }, /real calendar day/],
    ['an instant, not a day', { day: '2026-03-11T10:00:00Z' }, /real calendar day/],
    ['1 minute', { minutes: 1 }, null],
    ['a whole day', { minutes: 1440 }, null],
    ['0 minutes', { minutes: 0 }, /Minutes/],
    ['more than a day', { minutes: 1441 }, /Minutes/],
    ['fractional minutes', { minutes: 12.5 }, /Minutes/],
    ['NaN minutes', { minutes: Number.NaN }, /Minutes/],
    ['note of 2000 characters', { note: 'x'.repeat(2000) }, null],
    ['note of 2000 emoji', { note: '📚'.repeat(2000) }, null],
    ['note of 2001 characters', { note: 'x'.repeat(2001) }, /Note/],
  ])('%s', (_name, change, expected) => {
    const errors = validateSession({ ...valid, ...change });
    if (expected === null) expect(errors).toEqual([]);
    else expect(errors.join(' ')).toMatch(expected);
  });

  it('reports every problem at once', () => {
    expect(validateSession({ day: 'x', minutes: 0, note: 'y'.repeat(3000) })).toHaveLength(3);
  });
});
