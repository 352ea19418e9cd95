/**
 * The weekly study block of the calendar export, as values: the first occurrence, the recurrence
 * rule and the reminder. ics.ts turns them into lines. Times are local wall-clock times with no
 * zone (RFC 5545 "floating"); days are `yyyy-MM-dd` calendar days, so no instant is involved and a
 * daylight-saving change cannot move a study block.
 */
import { addDays, isWellFormedDay, weekdayOf } from './calendar-day';

export type IcsWeekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
/** Monday first, as ISO weeks and RRULE's default week start. */
export const ICS_WEEKDAYS: readonly IcsWeekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export const WEEKDAY_NAMES: Record<IcsWeekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

export const STUDY_BLOCK_LIMITS = { minMinutes: 5, maxMinutes: 720, maxReminderMinutes: 1440 } as const;
export const DEFAULT_REMINDER_MINUTES = 10;

export interface IcsStudyBlock {
  days: readonly IcsWeekday[];
  /** Local start time, 24-hour `HH:mm`. */
  startTime: string;
  durationMinutes: number;
  /** How long before the start the reminder shows; DEFAULT_REMINDER_MINUTES if left out, null for none. */
  reminderMinutesBefore?: number | null;
}

export interface StudyBlockEvent {
  /** First day with a study block, on or after the plan's first day. */
  firstDay: string;
  /** Floating local date-times, `yyyyMMddTHHmmss`. */
  start: string;
  end: string;
  rrule: string;
  /** e.g. `-PT10M`; null without a reminder. */
  alarmTrigger: string | null;
  /** In words: "every Monday and Wednesday from 19:00 to 20:30". */
  summary: string;
}

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Clear problems with a study block the person set up; empty when it is fine. */
export function validateStudyBlock(block: IcsStudyBlock): string[] {
  const errors: string[] = [];
  if (block.days.length === 0) errors.push('Choose at least one day of the week.');
  if (block.days.some((day) => !ICS_WEEKDAYS.includes(day))) errors.push('Days must be Monday to Sunday.');
  if (!TIME_PATTERN.test(block.startTime)) errors.push('Enter the start time as hours and minutes, for example 19:00.');
  const { minMinutes, maxMinutes, maxReminderMinutes } = STUDY_BLOCK_LIMITS;
  if (!isWholeNumberIn(block.durationMinutes, minMinutes, maxMinutes)) {
    errors.push(`A study block lasts ${minMinutes} to ${maxMinutes} minutes, in whole minutes.`);
  }
  const reminder = block.reminderMinutesBefore;
  if (reminder !== undefined && reminder !== null && !isWholeNumberIn(reminder, 0, maxReminderMinutes)) {
    errors.push(`The reminder comes 0 to ${maxReminderMinutes} minutes before the start, in whole minutes.`);
  }
  return errors;
}

const icsWeekdayOf = (day: string): IcsWeekday => ICS_WEEKDAYS[weekdayOf(day)] ?? 'MO';

/** The first day from `fromDay` to `lastDay` (inclusive) that falls on one of `days`; null if none. */
export function findFirstStudyDay(days: readonly IcsWeekday[], fromDay: string, lastDay: string): string | null {
  const wanted = new Set(days);
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(fromDay, offset);
    if (day > lastDay) return null;
    if (wanted.has(icsWeekdayOf(day))) return day;
  }
  return null;
}

const pad = (value: number) => String(value).padStart(2, '0');
const compactDay = (day: string) => day.replace(/-/g, '');
const clock = (minuteOfDay: number) => `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The block's recurrence over the plan, or null when the block is not valid or no chosen weekday
 * falls between `firstDay` and `lastDay`. DTSTART is the first matching day itself, because RFC 5545
 * counts DTSTART as an occurrence even when it does not match the rule. UNTIL is the end of the
 * plan's last day, in floating time as the RFC requires when DTSTART is floating.
 */
export function planStudyBlock(block: IcsStudyBlock, firstDay: string, lastDay: string): StudyBlockEvent | null {
  if (validateStudyBlock(block).length > 0 || !isWellFormedDay(firstDay) || !isWellFormedDay(lastDay)) return null;
  const days = ICS_WEEKDAYS.filter((day) => block.days.includes(day));
  const first = findFirstStudyDay(days, firstDay, lastDay);
  const match = TIME_PATTERN.exec(block.startTime);
  if (first === null || match === null) return null;
  const startMinute = Number(match[1]) * 60 + Number(match[2]);
  const endMinutes = startMinute + block.durationMinutes;
  const endDay = addDays(first, Math.floor(endMinutes / 1440));
  const endMinute = endMinutes % 1440;
  const reminder = block.reminderMinutesBefore === undefined ? DEFAULT_REMINDER_MINUTES : block.reminderMinutesBefore;
  const nextDay = endMinutes >= 1440 ? ' the next day' : '';
  return {
    firstDay: first,
    start: `${compactDay(first)}T${pad(Math.floor(startMinute / 60))}${pad(startMinute % 60)}00`,
    end: `${compactDay(endDay)}T${pad(Math.floor(endMinute / 60))}${pad(endMinute % 60)}00`,
    rrule: `FREQ=WEEKLY;WKST=MO;BYDAY=${days.join(',')};UNTIL=${compactDay(lastDay)}T235959`,
    alarmTrigger: reminder === null ? null : reminder === 0 ? 'PT0S' : `-PT${reminder}M`,
    summary: `every ${listInWords(days.map((day) => WEEKDAY_NAMES[day]))} from ${clock(startMinute)} to ${clock(endMinute)}${nextDay}`,
  };
}
