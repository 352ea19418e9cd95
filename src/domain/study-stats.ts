/**
 * Statistics over logged study sessions: minutes per day and per ISO week (Monday start),
 * consistency against a weekly goal, streaks and a heatmap. Tombstoned sessions are ignored, and so
 * are stored days that are not real `yyyy-MM-dd` calendar days.
 *
 * Every statistic first folds the sessions into minutes per day (one pass), then reads those
 * totals for a fixed window or along the span of studied days, so the cost is linear in the
 * sessions.
 * Days are integer day numbers (days since 1970-01-01, proleptic Gregorian) computed from the
 * digits of the string: no Date object, no time zone, no DST, and one addition per day step.
 */
import type { StudySessionRecord } from './records';
import { isCalendarDay } from './calendar-day';

export const MAX_SESSION_MINUTES = 1440;
export const MAX_NOTE_LENGTH = 2000;
/** Weeks looked back on (current ISO week included) for `weeksMeetingGoal`. */
export const GOAL_WEEKS_CONSIDERED = 8;

/** Minutes per calendar day over live sessions. Days are kept as stored. */
export function minutesByDay(sessions: readonly StudySessionRecord[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const session of sessions) {
    if (session.deletedAt != null || !(session.minutes > 0)) continue;
    totals.set(session.day, (totals.get(session.day) ?? 0) + session.minutes);
  }
  return totals;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number written in `text` from `start` to `end` (ASCII digits only), or -1. */
function readDigits(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index += 1) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 of a real calendar day written `yyyy-MM-dd` (year 1 or later), else null. */
function toDayNumber(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  const year = readDigits(day, 0, 4);
  const month = readDigits(day, 5, 7);
  const date = readDigits(day, 8, 10);
  if (year < 1 || month < 1 || month > 12 || date < 1) return null;
  if (date > (month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0))) return null;
  // Howard Hinnant's days_from_civil: years start in March, so the leap day is the year's last.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** `yyyy-MM-dd` of a day number (the inverse of `toDayNumber`). */
function formatDayNumber(dayNumber: number): string {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The day number of `today`; a day that is not a real calendar day is a programming error. */
function readToday(today: string): number {
  const dayNumber = toDayNumber(today);
  if (dayNumber === null) throw new RangeError(`"${today}" is not a calendar day (yyyy-MM-dd)`);
  return dayNumber;
}

/** Monday of the ISO week containing `dayNumber` (day 0, 1970-01-01, was a Thursday). */
function findWeekStart(dayNumber: number): number {
  return dayNumber - ((((dayNumber + 3) % 7) + 7) % 7);
}

/** Minutes per day number over the sessions that count. */
interface DayTotals {
  minutesOn(dayNumber: number): number;
  /** Length of the longest run of consecutive days with minutes. */
  findLongestRun(): number;
}

/** Studied days may spread this much wider than the session count before a Map replaces the array. */
const DENSE_SPAN_SLACK = 4096;

/** Dense totals: one slot per day from `firstDay`, walked in order for the runs. */
function createDenseTotals(firstDay: number, minutes: Float64Array): DayTotals {
  return {
    minutesOn: (dayNumber) => minutes[dayNumber - firstDay] ?? 0,
    findLongestRun() {
      let longest = 0;
      let run = 0;
      for (const value of minutes) {
        run = value > 0 ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      return longest;
    },
  };
}

/** Sparse totals for days far apart (an outlier decades away): a Map, walked from each run's first day. */
function createSparseTotals(minutes: ReadonlyMap<number, number>): DayTotals {
  return {
    minutesOn: (dayNumber) => minutes.get(dayNumber) ?? 0,
    findLongestRun() {
      let longest = 0;
      for (const day of minutes.keys()) {
        // Only walk forward from the first day of each run, so every day is visited at most twice.
        if (minutes.has(day - 1)) continue;
        let length = 1;
        while (minutes.has(day + length)) length += 1;
        longest = Math.max(longest, length);
      }
      return longest;
    },
  };
}

/**
 * The one pass over the sessions: the day number of each one that counts (live, more than 0
 * minutes, a real calendar day), then minutes per day. Sums run in session order per day, then in
 * day order, exactly as a day-keyed map would add them.
 */
function foldDayTotals(sessions: readonly StudySessionRecord[]): DayTotals {
  const dayNumbers = new Float64Array(sessions.length).fill(Number.NaN);
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  sessions.forEach((session, index) => {
    if (session.deletedAt != null || !(session.minutes > 0)) return;
    const dayNumber = toDayNumber(session.day);
    if (dayNumber === null) return;
    dayNumbers[index] = dayNumber;
    firstDay = Math.min(firstDay, dayNumber);
    lastDay = Math.max(lastDay, dayNumber);
  });
  if (firstDay > lastDay) return createDenseTotals(0, new Float64Array(0));
  const span = lastDay - firstDay + 1;
  if (span <= 4 * sessions.length + DENSE_SPAN_SLACK) {
    const minutes = new Float64Array(span);
    dayNumbers.forEach((dayNumber, index) => {
      const slot = dayNumber - firstDay;
      if (!Number.isNaN(dayNumber)) minutes[slot] = (minutes[slot] ?? 0) + (sessions[index]?.minutes ?? 0);
    });
    return createDenseTotals(firstDay, minutes);
  }
  const minutes = new Map<number, number>();
  dayNumbers.forEach((dayNumber, index) => {
    if (!Number.isNaN(dayNumber)) minutes.set(dayNumber, (minutes.get(dayNumber) ?? 0) + (sessions[index]?.minutes ?? 0));
  });
  return createSparseTotals(minutes);
}

function sumDays(totals: DayTotals, firstDay: number, count: number): number {
  let minutes = 0;
  for (let offset = 0; offset < count; offset += 1) minutes += totals.minutesOn(firstDay + offset);
  return minutes;
}

export interface WeekMinutes {
  /** Monday of the ISO week. */
  weekStart: string;
  minutes: number;
}

function sumWeeks(totals: DayTotals, today: number, weeks: number): WeekMinutes[] {
  const currentWeekStart = findWeekStart(today);
  const result: WeekMinutes[] = [];
  for (let index = weeks - 1; index >= 0; index -= 1) {
    const weekStart = currentWeekStart - 7 * index;
    result.push({ weekStart: formatDayNumber(weekStart), minutes: sumDays(totals, weekStart, 7) });
  }
  return result;
}

/** Minutes for the last `weeks` ISO weeks, the week containing `today` last (whole week). */
export function weeklyMinutes(sessions: readonly StudySessionRecord[], today: string, weeks: number): WeekMinutes[] {
  const todayNumber = readToday(today);
  return sumWeeks(foldDayTotals(sessions), todayNumber, Math.max(0, Math.floor(weeks)));
}

export interface Consistency {
  /** Minutes in the ISO week containing today. */
  thisWeekMinutes: number;
  /** hoursPerWeek × 60, or null without a goal. */
  goalMinutes: number | null;
  /** Of the last GOAL_WEEKS_CONSIDERED ISO weeks (current included), how many reached the goal; null without a goal. */
  weeksMeetingGoal: number | null;
  weeksConsidered: number;
  /** Minutes in the 28 days ending today ÷ 4: a rolling week that a half-finished week cannot drag down. */
  rollingFourWeekAverageMinutes: number;
  /** Consecutive days with ≥1 minute ending today, or ending yesterday while today is still open. */
  currentStreakDays: number;
  longestStreakDays: number;
}

function countStreakEndingOn(totals: DayTotals, lastDay: number): number {
  let streak = 0;
  while (totals.minutesOn(lastDay - streak) > 0) streak += 1;
  return streak;
}

export function computeConsistency(sessions: readonly StudySessionRecord[], today: string, hoursPerWeek: number | null): Consistency {
  const todayNumber = readToday(today);
  const totals = foldDayTotals(sessions);
  const weeks = sumWeeks(totals, todayNumber, GOAL_WEEKS_CONSIDERED);
  const goalMinutes = hoursPerWeek !== null && hoursPerWeek > 0 ? Math.round(hoursPerWeek * 60) : null;
  return {
    thisWeekMinutes: weeks[weeks.length - 1]?.minutes ?? 0,
    goalMinutes,
    weeksMeetingGoal: goalMinutes === null ? null : weeks.filter((week) => week.minutes >= goalMinutes).length,
    weeksConsidered: GOAL_WEEKS_CONSIDERED,
    rollingFourWeekAverageMinutes: sumDays(totals, todayNumber - 27, 28) / 4,
    currentStreakDays: countStreakEndingOn(totals, totals.minutesOn(todayNumber) > 0 ? todayNumber : todayNumber - 1),
    longestStreakDays: totals.findLongestRun(),
  };
}

/**
 * Heatmap levels by minutes in the day — fixed thresholds, not relative to the busiest day, so a
 * colour means the same thing every week: 0 → 0 · 1–29 → 1 · 30–59 → 2 · 60–119 → 3 · ≥120 → 4.
 */
export const HEATMAP_LEVEL_THRESHOLDS = [1, 30, 60, 120] as const;

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4;

export function findHeatmapLevel(minutes: number): HeatmapLevel {
  const [one, two, three, four] = HEATMAP_LEVEL_THRESHOLDS;
  if (minutes >= four) return 4;
  if (minutes >= three) return 3;
  if (minutes >= two) return 2;
  if (minutes >= one) return 1;
  return 0;
}

export interface HeatmapCell {
  day: string;
  minutes: number;
  level: HeatmapLevel;
  /** 0 = oldest week column. */
  weekIndex: number;
  /** 0 = Monday … 6 = Sunday (row). */
  dayOfWeek: number;
  /** Later than today (the rest of the current week); render empty. */
  isFuture: boolean;
}

/**
 * Cells for the last `weeks` ISO weeks ending with the week containing `today`, column by column
 * (oldest week first, Monday to Sunday inside a week): always `weeks × 7` cells.
 */
export function heatmapCells(sessions: readonly StudySessionRecord[], today: string, weeks = 26): HeatmapCell[] {
  const todayNumber = readToday(today);
  const totals = foldDayTotals(sessions);
  const weekCount = Math.max(0, Math.floor(weeks));
  const firstDay = findWeekStart(todayNumber) - 7 * (weekCount - 1);
  const cells: HeatmapCell[] = [];
  for (let offset = 0; offset < weekCount * 7; offset += 1) {
    const dayNumber = firstDay + offset;
    const minutes = totals.minutesOn(dayNumber);
    cells.push({
      day: formatDayNumber(dayNumber),
      minutes,
      level: findHeatmapLevel(minutes),
      weekIndex: Math.floor(offset / 7),
      dayOfWeek: offset % 7,
      isFuture: dayNumber > todayNumber,
    });
  }
  return cells;
}

export interface SessionInput {
  day: string;
  minutes: number;
  note: string;
}

/** User-facing problems with a session before it is saved; empty when valid. */
export function validateSession(input: SessionInput): string[] {
  const errors: string[] = [];
  if (!isCalendarDay(input.day)) errors.push('Day must be a real calendar day (yyyy-MM-dd).');
  if (!Number.isInteger(input.minutes) || input.minutes < 1 || input.minutes > MAX_SESSION_MINUTES) {
    errors.push(`Minutes must be a whole number from 1 to ${MAX_SESSION_MINUTES}.`);
  }
  // Counted in code points so an emoji counts as one character, as the user sees it.
  if (Array.from(input.note).length > MAX_NOTE_LENGTH) errors.push(`Note must be at most ${MAX_NOTE_LENGTH} characters.`);
  return errors;
}
