/**
 * Building blocks of the backup schemas (backup-schema.ts, backup-schema-v2.ts): limits, messages
 * and the field types every table shares. Everything a file says is untrusted: every string is
 * capped, every number bounded, every day a real calendar day and every link http(s).
 */
import * as v from 'valibot';
import { describeJsonValue } from '../untrusted-json';
import { progressKey } from '../records';

export const BACKUP_LIMITS = {
  idLength: 200,
  /** A progress/note/evidence key is `${roadmapId}/${itemId}`. */
  keyLength: 401,
  noteLength: 20_000,
  urlLength: 2_048,
  settingTextLength: 20_000,
  appVersionLength: 64,
  recordsPerTable: 100_000,
  phasesPerPlan: 200,
  phaseDays: 3_650,
  hoursPerWeek: 168,
  minutesPerSession: 1_440,
  /** 3000-01-01T00:00:00Z: anything later is a corrupt or hostile timestamp. */
  maxTimestamp: 32_503_680_000_000,
  /** User cards: question and each outline line; own items' text. */
  cardTextLength: 20_000,
  outlineLines: 200,
  /** Fields of one review's scheduler state, and the length of a text field there. */
  reviewStateFields: 50,
  reviewStateTextLength: 2_000,
  /** Sort position of an own item among its siblings. */
  maxOrder: 1_000_000,
} as const;

const L = BACKUP_LIMITS;

/** How a wrong value is described to the user, without echoing possibly huge or hostile text. */
export const describeValue = describeJsonValue;

/** Type message: a missing key surfaces as input `undefined`, which deserves its own wording. */
export const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is missing' : `expected ${what}, got ${describeValue(issue.input)}`;

export const isCalendarDay = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC so no DST edge can shift it.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

export const isHttpUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

// Ids end up in keys and file names; control characters there are only ever corruption.
export const hasControlChars = (text: string): boolean => /[\u0000-\u001f\u007f]/.test(text);

export const text = (max: number) =>
  v.pipe(v.string(expected('text')), v.maxLength(max, `is too long (at most ${max.toLocaleString('en-US')} characters)`));

export const identifier = (max: number = L.idLength) =>
  v.pipe(
    v.string(expected('text')),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `is too long (at most ${max} characters)`),
    v.check((s) => !hasControlChars(s), 'contains control characters'),
  );

export const timestamp = v.pipe(
  v.number(expected('a number (epoch milliseconds)')),
  v.integer('expected a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(L.maxTimestamp, 'is after the year 3000'),
);

export const calendarDay = v.pipe(
  v.string(expected('a day as yyyy-MM-dd')),
  v.check(isCalendarDay, 'expected a real calendar day as yyyy-MM-dd'),
);

export const tombstone = v.nullable(timestamp);

export interface ItemKeyed {
  key: string;
  roadmapId: string;
  itemId: string;
}

export const hasItemKey = (r: ItemKeyed): boolean => r.key === progressKey(r.roadmapId, r.itemId);
export const ITEM_KEY_PATHS = [['key'], ['roadmapId'], ['itemId']] as const;
export const ITEM_KEY_MESSAGE = 'does not match roadmapId + "/" + itemId';

/** A table: a capped list of records. */
export const table = <T extends v.GenericSchema>(record: T) =>
  v.pipe(
    v.array(record, expected('a list')),
    v.maxLength(L.recordsPerTable, `has more than ${L.recordsPerTable.toLocaleString('en-US')} records`),
  );

/** A plain object (v.record alone would take a list as an object keyed "0", "1", ...). */
export const plainObject = () =>
  v.custom<Record<string, unknown>>((input) => input !== null && typeof input === 'object' && !Array.isArray(input), expected('an object'));
