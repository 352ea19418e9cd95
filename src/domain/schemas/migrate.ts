/**
 * Brings a record written before schema 3 (or read from an older backup format) to the current
 * shape. Kept apart from the schemas so the database upgrade needs only this, not the validators.
 */
import { legacyHlc } from '../hlc';
import type { BackupTable } from '../backup/backup-format';

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
