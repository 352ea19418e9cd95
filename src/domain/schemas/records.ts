/**
 * The schema of every stored table's records, and the step that brings a record written by an
 * older version (or an older backup format) to the current shape.
 *
 * These are the light schemas: an imported roadmap's document is only checked for its shell here
 * (the full check, stored-roadmap.ts, pulls in the large roadmap schema and is loaded lazily by
 * the backup and repair code). Everything else is the one rule of each entity.
 */
import * as v from 'valibot';
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

export { migrateLegacyRecord } from './migrate';
