/**
 * Restore points as the user sees them: one a day of use, one before every import or restore,
 * listed and restorable. They are full backups in the `snapshots` table (same text as an exported
 * file), kept to MAX_SNAPSHOTS and MAX_SNAPSHOT_TOTAL_BYTES by backup-repo's storeRestorePoint.
 * They live in the same browser storage as the data, so they undo mistakes, not a cleared browser:
 * only an exported file protects against that.
 */
import { db } from './database';
import { classifyStorageError, guardStorage, type StorageError } from './storage-errors';
import {
  carriedTables,
  countRecords,
  readCarried,
  serializeData,
  storeRestorePoint,
  withoutDeviceSettings,
  writeReplacement,
  type SnapshotReason,
} from './backup-repo';
import { BACKUP_TABLES, FORMAT_1_TABLES, canonicalJson, compareStrings, type BackupTable } from '../domain/backup/backup-format';
import type { AttentionRecord } from '../domain/records';
import { resetDataEstimate } from './data-budget';

const sortAttention = (entries: readonly AttentionRecord[]): AttentionRecord[] => [...entries].sort((a, b) => compareStrings(a.id, b.id));
import { localDayOf } from '../domain/calendar-day';
import { planReplace, type ReplaceSummary } from '../domain/backup/merge';
import { parseBackupText } from '../domain/backup/parse-backup';

export interface SnapshotSummary {
  id: number;
  createdAt: number;
  reason: SnapshotReason | 'other';
  sizeBytes: number;
  /** Records per table, or null when the stored text cannot be read. */
  counts: Record<BackupTable, number> | null;
}

const REASONS: readonly string[] = ['daily', 'before-import', 'before-restore', 'before-sync'] satisfies SnapshotReason[];

function countTables(text: string): Record<BackupTable, number> | null {
  try {
    const data = (JSON.parse(text) as { data?: Record<string, unknown> } | null)?.data;
    if (!data) return null;
    const counts = {} as Record<BackupTable, number>;
    for (const table of BACKUP_TABLES) {
      const records = data[table];
      // A restore point written in format 1 has no format-2 tables: it holds none of those records.
      if (records === undefined && !FORMAT_1_TABLES.includes(table)) counts[table] = 0;
      else if (!Array.isArray(records)) return null;
      else counts[table] = records.length;
    }
    return counts;
  } catch {
    return null;
  }
}

/**
 * Restore points, newest first, without their data. Dexie cannot project, so each record is read
 * and mapped; there are at most MAX_SNAPSHOTS of them.
 */
export async function listSnapshots(): Promise<SnapshotSummary[]> {
  const records = await db.snapshots.toArray();
  return records
    .sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0))
    .flatMap((record) =>
      record.id === undefined
        ? []
        : [
            {
              id: record.id,
              createdAt: record.createdAt,
              reason: REASONS.includes(record.reason) ? (record.reason as SnapshotReason) : 'other',
              sizeBytes: record.sizeBytes,
              counts: countTables(record.data),
            },
          ],
    );
}

export type DailySnapshotResult =
  | { status: 'taken'; id: number }
  /** A daily restore point already exists for this local calendar day. */
  | { status: 'not-due' }
  /** The data equals the newest restore point's; another copy would only push an older one out. */
  | { status: 'unchanged' }
  | { status: 'empty' }
  | { status: 'too-large'; sizeBytes: number }
  | { status: 'failed'; error: StorageError };

/**
 * Takes the day's restore point on app start, at most once per local calendar day. Never rejects:
 * a failure (e.g. a full disk) comes back as `failed` for the caller to show, and changes nothing.
 */
export async function takeDailySnapshotIfDue(now: number): Promise<DailySnapshotResult> {
  try {
    return await guardStorage(() =>
      db.transaction('rw', [...carriedTables(), db.snapshots], async (): Promise<DailySnapshotResult> => {
        // Cursors that stop at the first match: the usual start-up (not due) reads one record.
        const lastDaily = await db.snapshots
          .orderBy('createdAt')
          .reverse()
          .filter((snapshot) => snapshot.reason === 'daily')
          .first();
        if (lastDaily && localDayOf(lastDaily.createdAt) === localDayOf(now)) return { status: 'not-due' };
        const { data, needsAttention } = await readCarried();
        if (countRecords(data) === 0 && needsAttention.length === 0) return { status: 'empty' };
        // A restore point's exportedAt is its createdAt, so equal data gives equal text.
        const newest = await db.snapshots.orderBy('createdAt').last();
        if (newest && serializeData(data, newest.createdAt, needsAttention) === newest.data) return { status: 'unchanged' };
        const point = await storeRestorePoint(data, 'daily', now, { isRequired: false }, needsAttention);
        return point.status === 'stored' ? { status: 'taken', id: point.id } : point;
      }),
    );
  } catch (error) {
    return { status: 'failed', error: classifyStorageError(error) };
  }
}

/** The restore point is gone or unreadable; nothing was changed. */
export class SnapshotUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotUnavailableError';
  }
}

export interface RestoreResult {
  restoredCreatedAt: number;
  /** The 'before-restore' point that undoes this restore; null when the device held nothing or nothing changed. */
  restorePointId: number | null;
  replace: ReplaceSummary;
}

/**
 * Replaces the backed-up tables with a restore point's data. A 'before-restore' point of the current
 * data is stored first in the same transaction, so a restore is itself undoable and all-or-nothing.
 */
export async function restoreSnapshot(id: number, now: number): Promise<RestoreResult> {
  const record = await guardStorage(() => db.snapshots.get(id));
  if (!record) throw new SnapshotUnavailableError('That restore point no longer exists. Nothing was changed.');
  // Stored text is re-validated like any file: it may come from an older app version or be damaged.
  // Leniently: a record an older version accepted is set aside as needing attention, so one old
  // record can never take the undo away.
  const parsed = parseBackupText(record.data, { isLenient: true, now });
  if (!parsed.ok) throw new SnapshotUnavailableError(`That restore point cannot be read: ${parsed.error} Nothing was changed.`);
  const target = withoutDeviceSettings(parsed.file.data);
  const targetAttention = parsed.file.needsAttention;
  const result = await guardStorage(() =>
    db.transaction('rw', [...carriedTables(), db.snapshots], async (): Promise<RestoreResult> => {
      const local = await readCarried();
      const replace = planReplace(local.data, target);
      const isSameAttention = canonicalJson(sortAttention(local.needsAttention)) === canonicalJson(sortAttention(targetAttention));
      if (replace.removed + replace.added + replace.changed === 0 && isSameAttention) {
        return { restoredCreatedAt: record.createdAt, restorePointId: null, replace };
      }
      let restorePointId: number | null = null;
      if (countRecords(local.data) > 0 || local.needsAttention.length > 0) {
        const point = await storeRestorePoint(local.data, 'before-restore', now, { isRequired: true }, local.needsAttention);
        if (point.status === 'stored') restorePointId = point.id;
      }
      await writeReplacement(target, targetAttention);
      return { restoredCreatedAt: record.createdAt, restorePointId, replace };
    }),
  );
  resetDataEstimate();
  return result;
}
