/**
 * The study-log statistics written the obvious way, as an oracle for the fast implementation in
 * src/domain/study-stats.ts: every figure straight from its definition, one calendar day at a
 * time with date-fns, scanning all sessions for every window. Slow (sessions × days) and plain.
 */
import { lightFormat, parseISO, startOfISOWeek } from 'date-fns';
import { addDaysToDay, isCalendarDay } from '../../../src/domain/plan';
import type { StudySessionRecord } from '../../../src/domain/records';
import {
  findHeatmapLevel,
  GOAL_WEEKS_CONSIDERED,
  type Consistency,
  type HeatmapCell,
  type WeekMinutes,
} from '../../../src/domain/study-stats';

/** Sessions that count: not tombstoned, more than 0 minutes, on a real calendar day. */
function liveSessions(sessions: readonly StudySessionRecord[]): StudySessionRecord[] {
  return sessions.filter((session) => session.deletedAt == null && session.minutes > 0 && isCalendarDay(session.day));
}

function sumBetween(sessions: readonly StudySessionRecord[], first: string, last: string): number {
  return liveSessions(sessions)
    .filter((session) => session.day >= first && session.day <= last)
    .reduce((sum, session) => sum + session.minutes, 0);
}

const mondayOf = (day: string): string => lightFormat(startOfISOWeek(parseISO(day)), 'yyyy-MM-dd');

export function referenceWeeklyMinutes(sessions: readonly StudySessionRecord[], today: string, weeks: number): WeekMinutes[] {
  const result: WeekMinutes[] = [];
  for (let back = Math.max(0, Math.floor(weeks)) - 1; back >= 0; back -= 1) {
    const weekStart = addDaysToDay(mondayOf(today), -7 * back);
    result.push({ weekStart, minutes: sumBetween(sessions, weekStart, addDaysToDay(weekStart, 6)) });
  }
  return result;
}

function studiedDays(sessions: readonly StudySessionRecord[]): Set<string> {
  return new Set(liveSessions(sessions).map((session) => session.day));
}

export function referenceConsistency(sessions: readonly StudySessionRecord[], today: string, hoursPerWeek: number | null): Consistency {
  const weeks = referenceWeeklyMinutes(sessions, today, GOAL_WEEKS_CONSIDERED);
  const goalMinutes = hoursPerWeek !== null && hoursPerWeek > 0 ? Math.round(hoursPerWeek * 60) : null;
  const days = studiedDays(sessions);
  let currentStreakDays = 0;
  for (let day = days.has(today) ? today : addDaysToDay(today, -1); days.has(day); day = addDaysToDay(day, -1)) currentStreakDays += 1;
  let longestStreakDays = 0;
  let run = 0;
  let previous = '';
  for (const day of [...days].toSorted()) {
    run = previous !== '' && addDaysToDay(previous, 1) === day ? run + 1 : 1;
    longestStreakDays = Math.max(longestStreakDays, run);
    previous = day;
  }
  return {
    thisWeekMinutes: weeks[weeks.length - 1]?.minutes ?? 0,
    goalMinutes,
    weeksMeetingGoal: goalMinutes === null ? null : weeks.filter((week) => week.minutes >= goalMinutes).length,
    weeksConsidered: GOAL_WEEKS_CONSIDERED,
    rollingFourWeekAverageMinutes: sumBetween(sessions, addDaysToDay(today, -27), today) / 4,
    currentStreakDays,
    longestStreakDays,
  };
}

export function referenceHeatmapCells(sessions: readonly StudySessionRecord[], today: string, weeks: number): HeatmapCell[] {
  const weekCount = Math.max(0, Math.floor(weeks));
  const firstDay = addDaysToDay(mondayOf(today), -7 * (weekCount - 1));
  return Array.from({ length: weekCount * 7 }, (_, offset) => {
    const day = addDaysToDay(firstDay, offset);
    const minutes = sumBetween(sessions, day, day);
    return {
      day,
      minutes,
      level: findHeatmapLevel(minutes),
      weekIndex: Math.floor(offset / 7),
      dayOfWeek: offset % 7,
      isFuture: day > today,
    };
  });
}
