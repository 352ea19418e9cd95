/**
 * Statistics over logged study sessions: minutes per day and per ISO week (Monday start),
 * consistency against a weekly goal, streaks and a heatmap. Tombstoned sessions are ignored.
 * Everything first folds the sessions into minutes per calendar day (one pass), then reads that
 * map for a fixed number of days, so the cost is linear in the number of sessions.
 */
import { lightFormat, parseISO, startOfISOWeek } from 'date-fns';
import type { StudySessionRecord } from './records';
import { addDays as addDaysToDay, isCalendarDay } from './calendar-day';

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

function findWeekStart(day: string): string {
  return lightFormat(startOfISOWeek(parseISO(day)), 'yyyy-MM-dd');
}

function sumDays(totals: ReadonlyMap<string, number>, firstDay: string, count: number): number {
  let minutes = 0;
  for (let offset = 0; offset < count; offset += 1) minutes += totals.get(addDaysToDay(firstDay, offset)) ?? 0;
  return minutes;
}

export interface WeekMinutes {
  /** Monday of the ISO week. */
  weekStart: string;
  minutes: number;
}

function sumWeeks(totals: ReadonlyMap<string, number>, today: string, weeks: number): WeekMinutes[] {
  const currentWeekStart = findWeekStart(today);
  const result: WeekMinutes[] = [];
  for (let index = weeks - 1; index >= 0; index -= 1) {
    const weekStart = addDaysToDay(currentWeekStart, -7 * index);
    result.push({ weekStart, minutes: sumDays(totals, weekStart, 7) });
  }
  return result;
}

/** Minutes for the last `weeks` ISO weeks, the week containing `today` last (whole week). */
export function weeklyMinutes(sessions: readonly StudySessionRecord[], today: string, weeks: number): WeekMinutes[] {
  return sumWeeks(minutesByDay(sessions), today, Math.max(0, Math.floor(weeks)));
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

function countStreakEndingOn(totals: ReadonlyMap<string, number>, lastDay: string): number {
  let streak = 0;
  for (let day = lastDay; (totals.get(day) ?? 0) > 0; day = addDaysToDay(day, -1)) streak += 1;
  return streak;
}

function findLongestStreak(totals: ReadonlyMap<string, number>): number {
  let longest = 0;
  for (const [day, minutes] of totals) {
    // Only walk forward from the first day of each run, so every day is visited at most twice.
    if (minutes <= 0 || !isCalendarDay(day) || (totals.get(addDaysToDay(day, -1)) ?? 0) > 0) continue;
    let length = 0;
    for (let next: string = day; (totals.get(next) ?? 0) > 0; next = addDaysToDay(next, 1)) length += 1;
    longest = Math.max(longest, length);
  }
  return longest;
}

export function computeConsistency(sessions: readonly StudySessionRecord[], today: string, hoursPerWeek: number | null): Consistency {
  const totals = minutesByDay(sessions);
  const weeks = sumWeeks(totals, today, GOAL_WEEKS_CONSIDERED);
  const goalMinutes = hoursPerWeek !== null && hoursPerWeek > 0 ? Math.round(hoursPerWeek * 60) : null;
  const currentStreakDays =
    (totals.get(today) ?? 0) > 0 ? countStreakEndingOn(totals, today) : countStreakEndingOn(totals, addDaysToDay(today, -1));
  return {
    thisWeekMinutes: weeks[weeks.length - 1]?.minutes ?? 0,
    goalMinutes,
    weeksMeetingGoal: goalMinutes === null ? null : weeks.filter((week) => week.minutes >= goalMinutes).length,
    weeksConsidered: GOAL_WEEKS_CONSIDERED,
    rollingFourWeekAverageMinutes: sumDays(totals, addDaysToDay(today, -27), 28) / 4,
    currentStreakDays,
    longestStreakDays: findLongestStreak(totals),
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
  const totals = minutesByDay(sessions);
  const weekCount = Math.max(0, Math.floor(weeks));
  const firstDay = addDaysToDay(findWeekStart(today), -7 * (weekCount - 1));
  const cells: HeatmapCell[] = [];
  for (let offset = 0; offset < weekCount * 7; offset += 1) {
    const day = addDaysToDay(firstDay, offset);
    const minutes = totals.get(day) ?? 0;
    cells.push({
      day,
      minutes,
      level: findHeatmapLevel(minutes),
      weekIndex: Math.floor(offset / 7),
      dayOfWeek: offset % 7,
      isFuture: day > today,
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
