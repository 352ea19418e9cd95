/**
 * Valibot schemas for a backup file. Everything a file says is untrusted: every string is capped,
 * every number bounded, every day a real calendar day and every link http(s), so that nothing a
 * hand-edited or hostile file contains can reach IndexedDB or the UI unchecked.
 *
 * Messages are written for people ("expected text, got a number"); parse-backup.ts prefixes the
 * path ("progress[3].status: ...").
 */
import * as v from 'valibot';
import { ITEM_STATUSES } from '../records';
import { BACKUP_APP_ID, BACKUP_FORMAT_VERSION, type BackupData, type BackupFile } from './backup-format';
import {
  BACKUP_LIMITS,
  ITEM_KEY_MESSAGE,
  ITEM_KEY_PATHS,
  calendarDay,
  describeValue,
  expected,
  hasItemKey,
  identifier,
  isHttpUrl,
  plainObject,
  table,
  text,
  timestamp,
  tombstone,
} from './backup-schema-base';
import { customItemSchema, itemOverlaySchema, reviewSchema, storedRoadmapSchema, userCardSchema } from './backup-schema-v2';

export { BACKUP_LIMITS, describeValue, isHttpUrl };

const L = BACKUP_LIMITS;

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
      plainObject(),
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
      v.union([text(L.settingTextLength), v.pipe(v.number(), v.finite()), v.boolean()], expected('text, a number, true/false or null')),
    ),
    updatedAt: timestamp,
  },
  expected('an object'),
);

/** The six tables of format 1: required in every file. */
const format1Tables = {
  progress: table(progressSchema),
  notes: table(noteSchema),
  evidence: table(evidenceSchema),
  sessions: table(sessionSchema),
  plans: table(planRecordSchema),
  settings: table(settingSchema),
};

/** Tables added by format 2: optional, read as empty when absent (see backup-format.ts). */
const format2Tables = {
  userCards: v.optional(table(userCardSchema), () => []),
  reviews: v.optional(table(reviewSchema), () => []),
  customItems: v.optional(table(customItemSchema), () => []),
  itemOverlays: v.optional(table(itemOverlaySchema), () => []),
  roadmaps: v.optional(table(storedRoadmapSchema), () => []),
};

/** Format 1 data: the six tables; anything else (format-2 table names included) is stripped. */
export const backupDataV1Schema = v.object(format1Tables, expected('an object'));

/** Current (format 2) data: all eleven tables, the five newer ones optional. */
export const backupDataSchema = v.object({ ...format1Tables, ...format2Tables }, expected('an object'));

const schemaVersionSchema = v.pipe(
  v.number(expected('a number')),
  v.integer('expected a whole number'),
  v.minValue(1, 'must be at least 1'),
  v.maxValue(1_000_000, 'is implausibly large'),
);

const fileEntries = {
  app: v.literal(BACKUP_APP_ID, 'is not this app'),
  appVersion: text(L.appVersionLength),
  schemaVersion: schemaVersionSchema,
  exportedAt: timestamp,
};

/** A file written by format 1; parse-backup.ts fills the format-2 tables with empty lists. */
export const backupFileV1Schema = v.object(
  { ...fileEntries, formatVersion: v.literal(1, 'expected format 1'), data: backupDataV1Schema },
  expected('an object'),
);

export const backupFileSchema = v.object(
  {
    ...fileEntries,
    formatVersion: v.literal(BACKUP_FORMAT_VERSION, `expected format ${BACKUP_FORMAT_VERSION}`),
    data: backupDataSchema,
  },
  expected('an object'),
);

// Compile-time proof that the schemas produce exactly the shapes in records.ts: if either side
// drifts, tsc fails here instead of an import silently dropping or mistyping a field.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<v.InferOutput<typeof backupDataSchema>, BackupData>;
true satisfies Same<v.InferOutput<typeof backupDataV1Schema>, Omit<BackupData, keyof typeof format2Tables>>;
// The file schema pins formatVersion to a literal, so one direction suffices there.
null as unknown as v.InferOutput<typeof backupFileSchema> satisfies BackupFile;
