/**
 * The one vocabulary for calendar days: a start date, a study session's day, a finish-by date.
 *
 * A calendar day is a `yyyy-MM-dd` string, never an instant, so a daylight-saving change or a move
 * to another time zone cannot shift it. Arithmetic works on whole day numbers (days since
 * 1970-01-01, computed in UTC, where every day has 24 hours), never on hours.
 *
 * Study dates are bounded: a roadmap studied before 2000 or after 2100 is a typo (year 202, 20266),
 * and letting one in made plans of 55,000 weeks and dates the backup refused.
 */

declare const calendarDayBrand: unique symbol;

/** A real calendar day in `yyyy-MM-dd` form between FIRST_STUDY_DAY and LAST_STUDY_DAY. */
export type CalendarDay = string & { readonly [calendarDayBrand]: true };

export const FIRST_STUDY_DAY = '2000-01-01' as CalendarDay;
export const LAST_STUDY_DAY = '2100-12-31' as CalendarDay;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayProblem = 'empty' | 'format' | 'not-a-day' | 'too-early' | 'too-late';

/** True for any real day as `yyyy-MM-dd` (years 0000–9999), bounds not checked. */
export function isWellFormedDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** What is wrong with a typed or stored day, or null when it is a study day. */
export function checkCalendarDay(text: string): DayProblem | null {
  if (text.trim() === '') return 'empty';
  if (!DAY_PATTERN.test(text)) return 'format';
  if (!isWellFormedDay(text)) return 'not-a-day';
  if (text < FIRST_STUDY_DAY) return 'too-early';
  if (text > LAST_STUDY_DAY) return 'too-late';
  return null;
}

export function isCalendarDay(text: unknown): text is CalendarDay {
  return typeof text === 'string' && checkCalendarDay(text) === null;
}

/** The day, or null when it is not a study day. */
export function parseCalendarDay(text: string): CalendarDay | null {
  return isCalendarDay(text) ? text : null;
}

/**
 * A sentence for a person about a day that was refused. `what` names the field as they see it,
 * e.g. "the start date" or "the day of the session".
 */
export function describeDayProblem(problem: DayProblem, what: string): string {
  switch (problem) {
    case 'empty':
      return `Enter ${what}.`;
    case 'format':
    case 'not-a-day':
      return `${capitalize(what)} is not a real calendar day; pick one from the calendar.`;
    case 'too-early':
    case 'too-late':
      return `${capitalize(what)} must be between ${formatDayMedium(FIRST_STUDY_DAY)} and ${formatDayMedium(LAST_STUDY_DAY)}.`;
  }
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Days since 1970-01-01 of a well-formed day (negative before it). Pure integer arithmetic (civil calendar). */
export function dayNumber(day: string): number {
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const year = Number(day.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `yyyy-MM-dd` day of a day number (the inverse of dayNumber). */
export function dayFromNumber(value: number): string {
  const shifted = value + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex + (monthIndex < 10 ? 3 : -9);
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(date, 2)}`;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const addDays = (day: string, amount: number): string => dayFromNumber(dayNumber(day) + amount);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** 0 = Monday … 6 = Sunday (ISO weekday − 1). 1970-01-01 was a Thursday. */
export const weekdayOf = (day: string): number => (((dayNumber(day) + 3) % 7) + 7) % 7;

/** The Monday of the ISO week holding `day`. */
export const startOfIsoWeek = (day: string): string => addDays(day, -weekdayOf(day));

/** The earlier or later of two days. */
export const minDay = <T extends string>(a: T, b: T): T => (a <= b ? a : b);
export const maxDay = <T extends string>(a: T, b: T): T => (a >= b ? a : b);

/** Keeps a day inside the study bounds. */
export const clampToStudyDays = (day: string): CalendarDay =>
  (day < FIRST_STUDY_DAY ? FIRST_STUDY_DAY : day > LAST_STUDY_DAY ? LAST_STUDY_DAY : day) as CalendarDay;

/** The `yyyy-MM-dd` day an instant fell on on this device's clock (any year). */
export function localDayOf(epochMs: number): string {
  const date = new Date(epochMs);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Today (or the day of any instant) as a study day: a device clock set to 1990 still gives a usable day. */
export const studyDayOf = (epochMs: number): CalendarDay => clampToStudyDays(localDayOf(epochMs));

/** Local midnight of a day, for Intl formatting and date inputs. */
export function dayToLocalDate(day: string): Date {
  const date = new Date(2000, Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  date.setFullYear(Number(day.slice(0, 4)));
  return date;
}

// One formatter per purpose. English month names, as the rest of the interface.
const longFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const mediumFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric' });
const shortFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
const weekdayShortFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' });
const instantFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short' });

/** "Mon, Jan 5, 2026": a session's day, a projected finish. */
export const formatDayLong = (day: string): string => longFormat.format(dayToLocalDate(day));
/** "Jan 5, 2026": a plan's start and end, bounds in messages. */
export const formatDayMedium = (day: string): string => mediumFormat.format(dayToLocalDate(day));
/** "Jan 5": chart labels and axis ticks. */
export const formatDayShort = (day: string): string => shortFormat.format(dayToLocalDate(day));
/** "Tue, Mar 3": a heatmap cell. */
export const formatWeekdayShort = (day: string): string => weekdayShortFormat.format(dayToLocalDate(day));
/** "Mar": a month tick. */
export const formatMonthShort = (day: string): string => monthFormat.format(dayToLocalDate(day));
/** "Jan 5, 2026, 7:40 PM": when a restore point or a backup was made (an instant, not a day). */
export const formatInstant = (epochMs: number): string => instantFormat.format(epochMs);
/** "Jan 5, 2026": the day of an instant, e.g. when a roadmap was imported. */
export const formatInstantDay = (epochMs: number): string => mediumFormat.format(epochMs);

/** "1 day", "12 days", "1,204 days". */
export const formatDayCount = (days: number): string => `${days.toLocaleString('en-US')} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
