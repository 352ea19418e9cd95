/**
 * Statistics over logged study sessions: minutes per day and per ISO week (Monday start),
 * consistency against a weekly goal, streaks and a heatmap. Tombstoned sessions are ignored, and so
 * are stored days that are not study days.
 *
 * Every statistic first folds the sessions into minutes per day (one pass), then reads those
 * totals for a fixed window or along the span of studied days (at most the 36,890 study days), so
 * the cost is linear in the sessions.
 * Days are integer day numbers (days since 1970-01-01, calendar-day.ts): no Date object, no
 * time zone, no DST, and one addition per day step. A session counts only on a study day
 * (isCalendarDay: a real `yyyy-MM-dd` day from 2000 to 2100).
 */
import type { StudySessionRecord } from './records';
import { dayFromNumber, dayNumber as toDayNumberOf, FIRST_STUDY_DAY, isCalendarDay, isWellFormedDay, LAST_STUDY_DAY } from './calendar-day';

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

/**
 * Days since 1970-01-01 of a stored day that is a study day, else null: the same rule as
 * isCalendarDay (calendar-day.ts), read from the characters, because it runs once per session
 * and parsing with regular expressions and Number() there costs several times more.
 */
function toDayNumber(day: string): number | null {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return null;
  if (day < FIRST_STUDY_DAY || day > LAST_STUDY_DAY) return null;
  const year = readDigits(day, 0, 4);
  const month = readDigits(day, 5, 7);
  const date = readDigits(day, 8, 10);
  if (year < 0 || month < 1 || month > 12 || date < 1) return null;
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (date > (month === 2 && isLeapYear ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0))) return null;
  // Howard Hinnant's days_from_civil, as dayNumber in calendar-day.ts, on the digits read above.
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day number of `today` (any well-formed day: the clock decides it); anything else is a programming error. */
function readToday(today: string): number {
  if (!isWellFormedDay(today)) throw new RangeError(`"${today}" is not a calendar day (yyyy-MM-dd)`);
  return toDayNumberOf(today);
}

/** Monday of the ISO week containing `day` (day 0, 1970-01-01, was a Thursday). */
function findWeekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/**
 * Minutes per day over the sessions that count, one slot per day from `firstDay`. Study days
 * span 2000–2100, so the array never has more than 36,890 slots, however the days are spread.
 */
interface DayTotals {
  firstDay: number;
  minutes: Float64Array;
}

const minutesOn = (totals: DayTotals, day: number): number => totals.minutes[day - totals.firstDay] ?? 0;

function findLongestRun(totals: DayTotals): number {
  let longest = 0;
  let run = 0;
  for (const value of totals.minutes) {
    run = value > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * The one pass over the sessions: the day number of each one that counts (live, more than 0
 * minutes, on a study day), then minutes per day. Sums run in session order per day, then in day
 * order, exactly as a day-keyed map would add them.
 */
function foldDayTotals(sessions: readonly StudySessionRecord[]): DayTotals {
  const dayNumbers = new Float64Array(sessions.length).fill(Number.NaN);
  let firstDay = Number.POSITIVE_INFINITY;
  let lastDay = Number.NEGATIVE_INFINITY;
  sessions.forEach((session, index) => {
    if (session.deletedAt != null || !(session.minutes > 0)) return;
    const day = toDayNumber(session.day);
    if (day === null) return;
    dayNumbers[index] = day;
    firstDay = Math.min(firstDay, day);
    lastDay = Math.max(lastDay, day);
  });
  if (firstDay > lastDay) return { firstDay: 0, minutes: new Float64Array(0) };
  const minutes = new Float64Array(lastDay - firstDay + 1);
  dayNumbers.forEach((day, index) => {
    const slot = day - firstDay;
    if (!Number.isNaN(day)) minutes[slot] = (minutes[slot] ?? 0) + (sessions[index]?.minutes ?? 0);
  });
  return { firstDay, minutes };
}

function sumDays(totals: DayTotals, firstDay: number, count: number): number {
  let minutes = 0;
  for (let offset = 0; offset < count; offset += 1) minutes += minutesOn(totals, firstDay + offset);
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
    result.push({ weekStart: dayFromNumber(weekStart), minutes: sumDays(totals, weekStart, 7) });
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
  while (minutesOn(totals, lastDay - streak) > 0) streak += 1;
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
    currentStreakDays: countStreakEndingOn(totals, minutesOn(totals, todayNumber) > 0 ? todayNumber : todayNumber - 1),
    longestStreakDays: findLongestRun(totals),
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
    const minutes = minutesOn(totals, dayNumber);
    cells.push({
      day: dayFromNumber(dayNumber),
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
