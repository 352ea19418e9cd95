/**
 * Field rules every entity schema shares (schemas/*.ts), and through them the form, the command
 * and the backup import. Everything is bounded: every string capped, every number finite and in
 * range, every day a study day (calendar-day.ts), every link http(s).
 */
import * as v from 'valibot';
import { checkCalendarDay, describeDayProblem, type CalendarDay } from '../calendar-day';
import { isHlc } from '../hlc';
import { describeJsonValue } from '../untrusted-json';
import { LIMITS } from './limits';

export { LIMITS };

const L = LIMITS;

/** Type message: a missing key surfaces as input `undefined`, which deserves its own wording. */
export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is missing' : `expected ${what}, got ${describeJsonValue(issue.input)}`;

export const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

// Ids end up in keys and file names; control characters there are only ever corruption.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
export const hasControlChars = (text: string): boolean => /[\u0000-\u001f\u007f]/.test(text);

/** "20,000" */
export const count = (value: number): string => value.toLocaleString('en-US');

export const text = (max: number) => v.pipe(v.string(expected('text')), v.maxLength(max, `is too long (at most ${count(max)} characters)`));

export const identifier = (max: number = L.idLength) =>
  v.pipe(
    v.string(expected('text')),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `is too long (at most ${count(max)} characters)`),
    v.check((s) => !hasControlChars(s), 'contains control characters'),
  );

export const timestamp = v.pipe(
  v.number(expected('a number (epoch milliseconds)')),
  v.integer('expected a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(L.maxTimestamp, 'is after the year 2100'),
);

export const tombstone = v.nullable(timestamp);

/** A hybrid-logical-clock stamp (hlc.ts). */
export const hlcStamp = v.pipe(
  v.string(expected('a clock stamp')),
  v.check((s) => isHlc(s), 'is not a valid clock stamp'),
);

/**
 * A study day. `what` names the field as the person sees it ("the day of the session"), so the
 * same sentence serves the form, the command and the import.
 */
export const studyDay = (what: string) =>
  v.pipe(
    v.string(expected('a day as yyyy-MM-dd')),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const problem = checkCalendarDay(dataset.value);
      if (problem === null) return dataset.value as CalendarDay;
      addIssue({ message: describeDayProblem(problem, what) });
      return NEVER;
    }),
  );

/** A plain object (v.record alone would take a list as an object keyed "0", "1", ...). */
export const plainObject = () =>
  v.custom<Record<string, unknown>>((input) => input !== null && typeof input === 'object' && !Array.isArray(input), expected('an object'));

/** A table: a capped list of records. */
export const table = <T extends v.GenericSchema>(record: T) =>
  v.pipe(v.array(record, expected('a list')), v.maxLength(L.recordsPerTable, `has more than ${count(L.recordsPerTable)} records`));

/** A whole number in a range, with one sentence for anything else. */
export const wholeNumber = (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.finite(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
