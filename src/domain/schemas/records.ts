/**
 * The schema of every stored table's records, and the step that brings a record written by an
 * older version (or an older backup format) to the current shape.
 *
 * These are the light schemas: an imported roadmap's document is only checked for its shell here
 * (the full check, stored-roadmap.ts, pulls in the large roadmap schema and is loaded lazily by
 * the backup and repair code). Everything else is the one rule of each entity.
 */
import * as v from 'valibot';
import { legacyHlc } from '../hlc';
import type { BackupTable } from '../backup/backup-format';
import { expected, hlcStamp, identifier, timestamp, tombstone } from './fields';
import { progressRecordSchema } from './progress';
import { noteRecordSchema, noteVersionRecordSchema } from './note';
import { evidenceRecordSchema } from './evidence';
import { sessionRecordSchema } from './session';
import { planRecordSchema } from './plan';
import { settingRecordSchema } from './setting';
import { userCardRecordSchema } from './card';
import { reviewRecordSchema } from './review';
import { customItemRecordSchema } from './own-item';
import { itemOverlayRecordSchema } from './overlay';

/** An imported roadmap without its document checked (roadmap-schema checks that when it loads). */
export const storedRoadmapShellSchema = v.object(
  {
    id: identifier(),
    roadmap: v.unknown(),
    importedAt: timestamp,
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);

export const STORED_RECORD_SCHEMAS = {
  progress: progressRecordSchema,
  notes: noteRecordSchema,
  evidence: evidenceRecordSchema,
  sessions: sessionRecordSchema,
  plans: planRecordSchema,
  settings: settingRecordSchema,
  userCards: userCardRecordSchema,
  reviews: reviewRecordSchema,
  customItems: customItemRecordSchema,
  itemOverlays: itemOverlayRecordSchema,
  roadmaps: storedRoadmapShellSchema,
  noteVersions: noteVersionRecordSchema,
} as const satisfies Record<BackupTable, v.GenericSchema>;

/** Tables that gained a tombstone in schema 3 / backup format 3; before, every record was alive. */
const TOMBSTONED_SINCE_V3: ReadonlySet<BackupTable> = new Set(['plans', 'settings', 'itemOverlays']);

/**
 * Brings a record written before clocks existed to the current shape: the clock stamp every device
 * derives alike from updatedAt, and no tombstone where one was added. A record that is not an
 * object, or already current, is returned as it is; everything else is for the schema to judge.
 */
export function migrateLegacyRecord(table: BackupTable, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const needsStamp = !Object.hasOwn(source, 'hlc') && typeof source.updatedAt === 'number' && Number.isFinite(source.updatedAt);
  const needsTombstone = TOMBSTONED_SINCE_V3.has(table) && !Object.hasOwn(source, 'deletedAt');
  const needsAncestry = table === 'notes' && !Object.hasOwn(source, 'ancestors');
  if (!needsStamp && !needsTombstone && !needsAncestry) return value;
  const record = { ...source };
  if (needsStamp) record.hlc = legacyHlc(record.updatedAt as number);
  if (needsTombstone) record.deletedAt = null;
  if (needsAncestry) record.ancestors = [];
  return record;
}
