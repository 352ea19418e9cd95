import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_STUDY_DAY,
  LAST_STUDY_DAY,
  addDays,
  checkCalendarDay,
  clampToStudyDays,
  dayFromNumber,
  dayNumber,
  daysBetween,
  describeDayProblem,
  formatDayCount,
  formatDayLong,
  formatDayMedium,
  formatDayShort,
  isCalendarDay,
  isWellFormedDay,
  localDayOf,
  startOfIsoWeek,
  studyDayOf,
  weekdayOf,
} from '../../../src/domain/calendar-day';

describe('checkCalendarDay', () => {
  it.each([
    ['2026-05-01', null],
    ['2000-01-01', null],
    ['2100-12-31', null],
    ['2028-02-29', null],
    ['2000-02-29', null],
    ['', 'empty'],
    ['   ', 'empty'],
    ['2026-5-1', 'format'],
    ['01/05/2026', 'format'],
    ['20266-05-01', 'format'],
    ['0202-05-01', 'too-early'],
    ['1969-12-31', 'too-early'],
    ['1999-12-31', 'too-early'],
    ['2101-01-01', 'too-late'],
    ['3000-01-01', 'too-late'],
    ['9999-12-31', 'too-late'],
    ['2026-02-29', 'not-a-day'],
    ['2100-02-29', 'not-a-day'],
    ['2026-13-01', 'not-a-day'],
    ['2026-04-31', 'not-a-day'],
    ['2026-00-10', 'not-a-day'],
    ['2026-01-00', 'not-a-day'],
  ] as const)('%j → %s', (text, problem) => {
    expect(checkCalendarDay(text)).toBe(problem);
    expect(isCalendarDay(text)).toBe(problem === null);
  });

  it('refuses what is not text', () => {
    expect(isCalendarDay(20260501)).toBe(false);
    expect(isCalendarDay(null)).toBe(false);
  });

  it('says plainly what is wrong, naming the field', () => {
    expect(describeDayProblem('empty', 'the start date')).toBe('Enter the start date.');
    expect(describeDayProblem('too-early', 'the day of the session')).toBe(
      'The day of the session must be between Jan 1, 2000 and Dec 31, 2100.',
    );
    expect(describeDayProblem('not-a-day', 'the finish-by date')).toBe(
      'The finish-by date is not a real calendar day; pick one from the calendar.',
    );
  });
});

describe('day arithmetic on whole days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2026-05-01', 20_574],
    ['0001-01-01', -719_162],
  ])('dayNumber(%s) = %i', (day, value) => {
    expect(dayNumber(day)).toBe(value);
    expect(dayFromNumber(value)).toBe(day);
  });

  it('agrees with the JavaScript calendar for every day from 1600 to 2400', () => {
    const start = Date.UTC(1600, 0, 1);
    for (let ms = start, n = dayNumber('1600-01-01'); ms < Date.UTC(2400, 0, 1); ms += 86_400_000 * 7, n += 7) {
      const date = new Date(ms);
      const day = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
      expect(dayNumber(day)).toBe(n);
      expect(dayFromNumber(n)).toBe(day);
    }
  });

  it('round-trips any day number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('0000-01-01'), max: dayNumber('9999-12-31') }), (n) => {
        const day = dayFromNumber(n);
        expect(isWellFormedDay(day)).toBe(true);
        expect(dayNumber(day)).toBe(n);
      }),
    );
  });

  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    // Across the spring-forward and fall-back weekends in Europe and the US: days, not hours.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 14, '2026-11-07'],
    ['2026-05-01', 0, '2026-05-01'],
  ])('addDays(%s, %i) = %s', (day, amount, expected) => {
    expect(addDays(day, amount)).toBe(expected);
  });

  it('counts days between, negative backwards', () => {
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2028-12-31')).toBe(365);
    expect(daysBetween('2026-03-29', '2026-03-28')).toBe(-1);
  });

  it.each([
    ['2026-06-01', 0],
    ['2026-06-07', 6],
    ['1970-01-01', 3],
    ['2000-01-01', 5],
  ])('weekdayOf(%s) = %i (Monday 0)', (day, weekday) => {
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('finds the Monday of the ISO week, across a year boundary', () => {
    expect(startOfIsoWeek('2027-01-01')).toBe('2026-12-28');
    expect(startOfIsoWeek('2026-06-01')).toBe('2026-06-01');
    expect(startOfIsoWeek('2026-06-07')).toBe('2026-06-01');
  });
});

describe('days of instants', () => {
  it('reads the local calendar day of an instant', () => {
    const noon = new Date(2026, 4, 1, 12).getTime();
    expect(localDayOf(noon)).toBe('2026-05-01');
  });

  it('keeps a wrong device clock inside the study days', () => {
    expect(studyDayOf(new Date(1990, 0, 1).getTime())).toBe(FIRST_STUDY_DAY);
    expect(studyDayOf(new Date(2200, 0, 1).getTime())).toBe(LAST_STUDY_DAY);
    expect(clampToStudyDays('2026-05-01')).toBe('2026-05-01');
  });
});

describe('formatters', () => {
  it('formats a day without any time-zone shift', () => {
    expect(formatDayLong('2026-05-01')).toBe('Fri, May 1, 2026');
    expect(formatDayMedium('2026-05-01')).toBe('May 1, 2026');
    expect(formatDayShort('2026-05-01')).toBe('May 1');
  });

  it('counts days with thousands separators', () => {
    expect(formatDayCount(1)).toBe('1 day');
    expect(formatDayCount(-1)).toBe('-1 day');
    expect(formatDayCount(1204)).toBe('1,204 days');
  });
});
