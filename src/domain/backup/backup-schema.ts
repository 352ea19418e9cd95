/**
 * Valibot schemas for a backup file, built from the entity schemas in ../schemas: one rule per
 * field, shared with the forms and the commands. Everything a file says is untrusted: every string
 * is capped, every number bounded, every day a study day and every link http(s), so that nothing a
 * hand-edited or hostile file contains can reach IndexedDB or the UI unchecked.
 *
 * Messages are written for people; parse-backup.ts names the record they are about.
 */
import * as v from 'valibot';
import { BACKUP_APP_ID, BACKUP_FORMAT_VERSION, type BackupData, type BackupFile } from './backup-format';
import { LIMITS, expected, identifier, table, text, timestamp } from '../schemas/fields';
import { progressRecordSchema } from '../schemas/progress';
import { noteRecordSchema, noteVersionRecordSchema } from '../schemas/note';
import { evidenceRecordSchema } from '../schemas/evidence';
import { sessionRecordSchema } from '../schemas/session';
import { planRecordSchema } from '../schemas/plan';
import { settingRecordSchema } from '../schemas/setting';
import { userCardRecordSchema } from '../schemas/card';
import { reviewRecordSchema } from '../schemas/review';
import { customItemRecordSchema } from '../schemas/own-item';
import { itemOverlayRecordSchema } from '../schemas/overlay';
import { storedRoadmapRecordSchema } from '../schemas/stored-roadmap';
import { STORED_RECORD_SCHEMAS } from '../schemas/records';

export { LIMITS as BACKUP_LIMITS };
export { isHttpUrl } from '../schemas/fields';
export { describeJsonValue as describeValue } from '../untrusted-json';

const L = LIMITS;

/** The schema of each table's records: the stored ones, with an imported roadmap's document checked in full. */
export const RECORD_SCHEMAS = { ...STORED_RECORD_SCHEMAS, roadmaps: storedRoadmapRecordSchema } as const;

/** The six tables of format 1: required in every file. */
const format1Tables = {
  progress: table(progressRecordSchema),
  notes: table(noteRecordSchema),
  evidence: table(evidenceRecordSchema),
  sessions: table(sessionRecordSchema),
  plans: table(planRecordSchema),
  settings: table(settingRecordSchema),
};

/** Tables added by format 2: optional, read as empty when absent (see backup-format.ts). */
const format2Tables = {
  userCards: v.optional(table(userCardRecordSchema), () => []),
  reviews: v.optional(table(reviewRecordSchema), () => []),
  customItems: v.optional(table(customItemRecordSchema), () => []),
  itemOverlays: v.optional(table(itemOverlayRecordSchema), () => []),
  roadmaps: v.optional(table(storedRoadmapRecordSchema), () => []),
  noteVersions: v.optional(table(noteVersionRecordSchema), () => []),
};

/** Format 1 data: the six tables; anything else (format-2 table names included) is stripped. */
export const backupDataV1Schema = v.object(format1Tables, expected('an object'));

/** Current data: all eleven tables, the five of format 2 optional. */
export const backupDataSchema = v.object({ ...format1Tables, ...format2Tables }, expected('an object'));

/** A record set aside as needing attention: kept as found, so it is only bounded, never interpreted. */
export const attentionRecordSchema = v.object(
  {
    id: identifier(L.keyLength + 40),
    table: identifier(),
    record: v.unknown(),
    problem: text(2_000),
    detectedAt: timestamp,
  },
  expected('an object'),
);

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

/** Format 2 and 3 files: format 3 adds clock stamps, tombstones on plans, settings and hidden items, and needsAttention. */
export const backupFileSchema = v.object(
  {
    ...fileEntries,
    formatVersion: v.union([v.literal(2), v.literal(BACKUP_FORMAT_VERSION)], `expected format 2 or ${BACKUP_FORMAT_VERSION}`),
    data: backupDataSchema,
    needsAttention: v.optional(table(attentionRecordSchema), () => []),
  },
  expected('an object'),
);

// Compile-time proof that the schemas produce exactly the shapes in records.ts: if either side
// drifts, tsc fails here instead of an import silently dropping or mistyping a field.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<v.InferOutput<typeof backupDataSchema>, BackupData>;
true satisfies Same<v.InferOutput<typeof backupDataV1Schema>, Omit<BackupData, keyof typeof format2Tables>>;
null as unknown as Omit<v.InferOutput<typeof backupFileSchema>, 'formatVersion'> satisfies Omit<BackupFile, 'formatVersion'>;
