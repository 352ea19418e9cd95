/**
 * Valibot schemas for a backup file. Everything a file says is untrusted: every string is capped,
 * every number bounded, every day a real calendar day and every link http(s), so that nothing a
 * hand-edited or hostile file contains can reach IndexedDB or the UI unchecked.
 *
 * Messages are written for people ("expected text, got a number"); parse-backup.ts prefixes the
 * path ("progress[3].status: ...").
 */
import * as v from 'valibot';
import { describeJsonValue } from '../untrusted-json';
import { ITEM_STATUSES, progressKey } from '../records';
import { BACKUP_APP_ID, BACKUP_FORMAT_VERSION, type BackupData, type BackupFile } from './backup-format';

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
} as const;

const L = BACKUP_LIMITS;

/** How a wrong value is described to the user, without echoing possibly huge or hostile text. */
export const describeValue = describeJsonValue;

/** Type message: a missing key surfaces as input `undefined`, which deserves its own wording. */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is missing' : `expected ${what}, got ${describeValue(issue.input)}`;

const isCalendarDay = (text: string): boolean => {
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
const hasControlChars = (text: string): boolean => /[\u0000-\u001f\u007f]/.test(text);

const text = (max: number) =>
  v.pipe(v.string(expected('text')), v.maxLength(max, `is too long (at most ${max.toLocaleString('en-US')} characters)`));

const identifier = (max: number = L.idLength) =>
  v.pipe(
    v.string(expected('text')),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `is too long (at most ${max} characters)`),
    v.check((s) => !hasControlChars(s), 'contains control characters'),
  );

const timestamp = v.pipe(
  v.number(expected('a number (epoch milliseconds)')),
  v.integer('expected a whole number of milliseconds'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(L.maxTimestamp, 'is after the year 3000'),
);

const calendarDay = v.pipe(
  v.string(expected('a day as yyyy-MM-dd')),
  v.check(isCalendarDay, 'expected a real calendar day as yyyy-MM-dd'),
);

const tombstone = v.nullable(timestamp);

interface ItemKeyed {
  key: string;
  roadmapId: string;
  itemId: string;
}

const hasItemKey = (r: ItemKeyed): boolean => r.key === progressKey(r.roadmapId, r.itemId);
const ITEM_KEY_PATHS = [['key'], ['roadmapId'], ['itemId']] as const;
const ITEM_KEY_MESSAGE = 'does not match roadmapId + "/" + itemId';

export const progressSchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      status: v.picklist(ITEM_STATUSES, `expected one of ${ITEM_STATUSES.join(', ')}`),
      doneAt: v.nullable(timestamp),
      updatedAt: timestamp,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);

export const noteSchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      text: text(L.noteLength),
      updatedAt: timestamp,
      deletedAt: tombstone,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
);

export const evidenceSchema = v.pipe(
  v.object(
    {
      key: identifier(L.keyLength),
      roadmapId: identifier(),
      itemId: identifier(),
      url: text(L.urlLength),
      updatedAt: timestamp,
      deletedAt: tombstone,
    },
    expected('an object'),
  ),
  v.forward(v.partialCheck(ITEM_KEY_PATHS, hasItemKey, ITEM_KEY_MESSAGE), ['key']),
  // A removed link may have been blanked; a live one must be a web address we can safely open.
  v.forward(
    v.partialCheck(
      [['url'], ['deletedAt']],
      (r) => isHttpUrl(r.url) || (r.deletedAt !== null && r.url === ''),
      'expected an http:// or https:// address',
    ),
    ['url'],
  ),
);

export const sessionSchema = v.object(
  {
    id: identifier(),
    roadmapId: identifier(),
    day: calendarDay,
    minutes: v.pipe(
      v.number(expected('a number of minutes')),
      v.integer('expected a whole number of minutes'),
      v.minValue(1, `expected 1 to ${L.minutesPerSession} minutes`),
      v.maxValue(L.minutesPerSession, `expected 1 to ${L.minutesPerSession} minutes`),
    ),
    phaseId: v.nullable(identifier()),
    itemId: v.nullable(identifier()),
    note: text(L.noteLength),
    updatedAt: timestamp,
    deletedAt: tombstone,
  },
  expected('an object'),
);

const planTargetSchema = v.variant(
  'mode',
  [
    v.object({ mode: v.literal('as-written') }, expected('an object')),
    v.object({ mode: v.literal('finish-by'), finishBy: calendarDay }, expected('an object')),
  ],
  (issue) =>
    issue.input === undefined
      ? 'is missing'
      : issue.received.startsWith('"') || issue.received === 'undefined'
        ? 'expected mode "as-written" or "finish-by"'
        : `expected an object, got ${describeValue(issue.input)}`,
);

const planSchema = v.object(
  {
    startDate: calendarDay,
    target: planTargetSchema,
    hoursPerWeek: v.nullable(
      v.pipe(
        v.number(expected('a number of hours')),
        v.minValue(0, 'must not be negative'),
        v.maxValue(L.hoursPerWeek, `is more than ${L.hoursPerWeek} hours a week`),
      ),
    ),
    phaseDays: v.pipe(
      // v.record alone would take a list as an object keyed "0", "1", ...
      v.custom<Record<string, unknown>>(
        (input) => input !== null && typeof input === 'object' && !Array.isArray(input),
        expected('an object'),
      ),
      v.record(
        identifier(),
        v.pipe(
          v.number(expected('a number of days')),
          v.integer('expected a whole number of days'),
          v.minValue(1, `expected 1 to ${L.phaseDays} days`),
          v.maxValue(L.phaseDays, `expected 1 to ${L.phaseDays} days`),
        ),
        expected('an object'),
      ),
      v.check((days) => Object.keys(days).length <= L.phasesPerPlan, `has more than ${L.phasesPerPlan} phases`),
    ),
  },
  expected('an object'),
);

export const planRecordSchema = v.object(
  {
    roadmapId: identifier(),
    plan: planSchema,
    previous: v.nullable(planSchema),
    updatedAt: timestamp,
  },
  expected('an object'),
);

export const settingSchema = v.object(
  {
    key: identifier(),
    value: v.nullable(
      v.union(
        [text(L.settingTextLength), v.pipe(v.number(), v.finite()), v.boolean()],
        expected('text, a number, true/false or null'),
      ),
    ),
    updatedAt: timestamp,
  },
  expected('an object'),
);

const table = <T extends v.GenericSchema>(record: T) =>
  v.pipe(
    v.array(record, expected('a list')),
    v.maxLength(L.recordsPerTable, `has more than ${L.recordsPerTable.toLocaleString('en-US')} records`),
  );

/** Version 1 data: all six tables required; unknown extra tables are stripped (see backup-format.ts). */
export const backupDataSchema = v.object(
  {
    progress: table(progressSchema),
    notes: table(noteSchema),
    evidence: table(evidenceSchema),
    sessions: table(sessionSchema),
    plans: table(planRecordSchema),
    settings: table(settingSchema),
  },
  expected('an object'),
);

export const backupFileSchema = v.object(
  {
    app: v.literal(BACKUP_APP_ID, 'is not this app'),
    formatVersion: v.literal(BACKUP_FORMAT_VERSION, `expected format ${BACKUP_FORMAT_VERSION}`),
    appVersion: text(L.appVersionLength),
    schemaVersion: v.pipe(
      v.number(expected('a number')),
      v.integer('expected a whole number'),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(1_000_000, 'is implausibly large'),
    ),
    exportedAt: timestamp,
    data: backupDataSchema,
  },
  expected('an object'),
);

// Compile-time proof that the schemas produce exactly the shapes in records.ts: if either side
// drifts, tsc fails here instead of an import silently dropping or mistyping a field.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<v.InferOutput<typeof backupDataSchema>, BackupData>;
// The file schema pins formatVersion to the literal 1, so one direction suffices there.
null as unknown as v.InferOutput<typeof backupFileSchema> satisfies BackupFile;
