/**
 * The whole data set in and out: export, import (merge or replace), the backup reminder's state,
 * and the restore point that every whole-data write takes first. snapshot-repo.ts builds the
 * user-facing restore points (daily, list, restore) on the pieces here.
 *
 * Backup format 1 holds the six tables of BackupData (progress, notes, evidence, sessions, plans,
 * settings). The schema-v2 tables userCards, reviews, customItems, itemOverlays and roadmaps are NOT
 * in format 1: they are not exported, not in restore points, and an import (even Replace) leaves
 * them untouched. A later format version adds them as optional arrays (see backup-format.ts).
 *
 * Atomicity: an import reads this device's data, stores the restore point and writes the result in
 * ONE 'rw' transaction over the six tables and `snapshots`. So the restore point describes exactly
 * the data the import replaced (no other tab can write in between), and if anything throws (a full
 * disk, a closed database) IndexedDB aborts the lot: no half-written import, no orphan restore point.
 * Everything computed inside the transaction is synchronous between Dexie calls, as it must be.
 */
import { CURRENT_SCHEMA_VERSION, db } from './database';
import { StorageError, guardStorage } from './storage-errors';
import { buildBackup, serializeBackup, type BackupData, type BackupFile } from '../domain/backup/backup-format';
import { parseBackupText, validateBackupValue } from '../domain/backup/parse-backup';
import {
  changesToWrite,
  planMerge,
  planReplace,
  replaceAll,
  summarizeMerge,
  type MergeSummary,
  type ReplaceSummary,
} from '../domain/backup/merge';

/** Written into every backup; informational. TODO(lead): replace with the build-time __APP_VERSION__. */
export const APP_VERSION = '1.0.0';

export const LAST_BACKUP_SETTING = 'lastBackupAt';
export const REMINDER_DISMISSED_SETTING = 'backupReminderDismissedAt';
/**
 * Settings about this device's own backups. They never travel: not exported, not in restore
 * points, ignored in a file and kept through Replace and restore. Otherwise a Replace would list
 * "lastBackupAt" among the records it removes, and restoring an old point would bring back an old
 * backup time (and the reminder with it).
 */
export const DEVICE_SETTINGS: ReadonlySet<string> = new Set([LAST_BACKUP_SETTING, REMINDER_DISMISSED_SETTING]);

export const withoutDeviceSettings = (data: BackupData): BackupData => ({
  ...data,
  settings: data.settings.filter((setting) => !DEVICE_SETTINGS.has(setting.key)),
});

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup older than this, with changes since, earns a reminder; a dismissal lasts as long. */
export const BACKUP_REMINDER_AFTER_MS = 14 * DAY_MS;

/** Restore points kept on the device, newest first. */
export const MAX_SNAPSHOTS = 7;
/**
 * Total size of all restore points. Older ones are dropped first to stay under it; a daily one that
 * alone exceeds it is skipped. One taken before an import or restore is kept even then (alone),
 * because it is the only undo for the change about to happen.
 */
export const MAX_SNAPSHOT_TOTAL_BYTES = 25 * 1024 * 1024;

export type SnapshotReason = 'daily' | 'before-import' | 'before-restore';
export type ImportMode = 'merge' | 'replace';

/** The six backed-up tables, in BACKUP_TABLES order. */
export const backedUpTables = () => [db.progress, db.notes, db.evidence, db.sessions, db.plans, db.settings];

/** Reads the six tables (without DEVICE_SETTINGS). Call inside a transaction for a consistent view. */
export async function readTables(): Promise<BackupData> {
  const [progress, notes, evidence, sessions, plans, settings] = await Promise.all([
    db.progress.toArray(),
    db.notes.toArray(),
    db.evidence.toArray(),
    db.sessions.toArray(),
    db.plans.toArray(),
    db.settings.toArray(),
  ]);
  return withoutDeviceSettings({ progress, notes, evidence, sessions, plans, settings });
}

/** Everything format 1 backs up (no DEVICE_SETTINGS), read in one transaction; works while writes fail. */
export function readAllData(): Promise<BackupData> {
  return guardStorage(() => db.transaction('r', backedUpTables(), readTables));
}

export const countRecords = (data: BackupData): number =>
  data.progress.length + data.notes.length + data.evidence.length + data.sessions.length + data.plans.length + data.settings.length;

/** Makes the six tables hold exactly `data` (keeping DEVICE_SETTINGS). Call inside a 'rw' transaction over them. */
export async function writeReplacement(data: BackupData): Promise<number> {
  const sorted = replaceAll(withoutDeviceSettings(data));
  const kept = (await db.settings.bulkGet([...DEVICE_SETTINGS])).flatMap((setting) => (setting ? [setting] : []));
  await Promise.all(backedUpTables().map((table) => table.clear()));
  await db.settings.bulkAdd(kept);
  await Promise.all([
    db.progress.bulkAdd(sorted.progress),
    db.notes.bulkAdd(sorted.notes),
    db.evidence.bulkAdd(sorted.evidence),
    db.sessions.bulkAdd(sorted.sessions),
    db.plans.bulkAdd(sorted.plans),
    db.settings.bulkAdd(sorted.settings),
  ]);
  return countRecords(sorted);
}

async function writeChanges(changes: BackupData): Promise<number> {
  await Promise.all([
    db.progress.bulkPut(changes.progress),
    db.notes.bulkPut(changes.notes),
    db.evidence.bulkPut(changes.evidence),
    db.sessions.bulkPut(changes.sessions),
    db.plans.bulkPut(changes.plans),
    db.settings.bulkPut(changes.settings),
  ]);
  return countRecords(changes);
}

/** Serialized backup text of `data`, the same format as an exported file. */
export const serializeData = (data: BackupData, now: number): string =>
  serializeBackup(buildBackup(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, now }));

export const utf8ByteLength = (text: string): number => new TextEncoder().encode(text).byteLength;

export type RestorePointResult =
  | { status: 'stored'; id: number; sizeBytes: number; removed: number }
  | { status: 'too-large'; sizeBytes: number };

/**
 * Stores `data` as a restore point and drops older ones beyond MAX_SNAPSHOTS or
 * MAX_SNAPSHOT_TOTAL_BYTES (oldest first). Must run inside a 'rw' transaction that includes
 * `db.snapshots`, so the point commits or aborts together with the change it protects.
 */
export async function storeRestorePoint(
  data: BackupData,
  reason: SnapshotReason,
  now: number,
  { isRequired }: { isRequired: boolean },
): Promise<RestorePointResult> {
  const text = serializeData(data, now);
  const sizeBytes = utf8ByteLength(text);
  if (sizeBytes > MAX_SNAPSHOT_TOTAL_BYTES && !isRequired) return { status: 'too-large', sizeBytes };
  const newestFirst = (await db.snapshots.toArray()).sort((a, b) => b.createdAt - a.createdAt || (b.id ?? 0) - (a.id ?? 0));
  let total = sizeBytes;
  let isTrimming = false;
  const drop: number[] = [];
  for (const [index, snapshot] of newestFirst.entries()) {
    // Keep a contiguous run of the newest: once one goes, every older one goes too.
    isTrimming ||= index >= MAX_SNAPSHOTS - 1 || total + snapshot.sizeBytes > MAX_SNAPSHOT_TOTAL_BYTES;
    if (isTrimming) {
      if (snapshot.id !== undefined) drop.push(snapshot.id);
    } else total += snapshot.sizeBytes;
  }
  // Delete before adding, so the transaction never needs room for both.
  await db.snapshots.bulkDelete(drop);
  const id = await db.snapshots.add({ createdAt: now, reason, sizeBytes, data: text });
  // '++id' always assigns a number; the record type only says it is absent before insertion.
  if (id === undefined) throw new Error('The restore point was stored without an id.');
  return { status: 'stored', id, sizeBytes, removed: drop.length };
}

/** The local data would not import again; nothing was downloaded. */
export class BackupExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupExportError';
  }
}

/**
 * Builds the backup file of everything on this device. Reads only, so it works while writes fail.
 * The text is parsed back (size limit + validateBackupValue) before it is offered: a backup that
 * would not import is refused rather than discovered on the day it is needed.
 */
export async function exportBackup(now: number): Promise<{ file: BackupFile; text: string }> {
  const data = await readAllData();
  const file = buildBackup(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, now });
  const text = serializeBackup(file);
  const check = parseBackupText(text);
  if (!check.ok) {
    throw new BackupExportError(
      `No backup was downloaded, because this device's data would not import again: ${check.error} Your data is unchanged; the CSV export still works.`,
    );
  }
  return { file, text };
}

/** Records a successful export (the setting is not counted as a change: see readBackupState). */
export async function recordBackupDone(now: number): Promise<void> {
  await putNumberSetting(LAST_BACKUP_SETTING, now);
}

/** Hides the backup reminder for another BACKUP_REMINDER_AFTER_MS. */
export async function dismissBackupReminder(now: number): Promise<void> {
  await putNumberSetting(REMINDER_DISMISSED_SETTING, now);
}

async function putNumberSetting(key: string, now: number): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(key);
      await db.settings.put({ key, value: now, updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1) });
    }),
  );
}

export interface BackupState {
  lastBackupAt: number | null;
  /** Latest updatedAt over progress, notes, evidence, sessions and plans (settings excluded). */
  lastChangeAt: number | null;
  dismissedAt: number | null;
}

const asTime = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** What the backup reminder needs (use inside useLiveQuery). */
export async function readBackupState(): Promise<BackupState> {
  const [lastBackup, dismissed, progress, note, link, session, plans] = await Promise.all([
    db.settings.get(LAST_BACKUP_SETTING),
    db.settings.get(REMINDER_DISMISSED_SETTING),
    db.progress.orderBy('updatedAt').last(),
    db.notes.orderBy('updatedAt').last(),
    db.evidence.orderBy('updatedAt').last(),
    db.sessions.orderBy('updatedAt').last(),
    // plans has no updatedAt index; there is one per roadmap.
    db.plans.toArray(),
  ]);
  const times = [progress, note, link, session, ...plans].flatMap((record) => (record ? [record.updatedAt] : []));
  return {
    lastBackupAt: asTime(lastBackup?.value),
    lastChangeAt: times.length > 0 ? Math.max(...times) : null,
    dismissedAt: asTime(dismissed?.value),
  };
}

/** Due when the last backup is over 14 days old (or never), something changed since, and not dismissed lately. */
export function isBackupReminderDue(state: BackupState, now: number): boolean {
  const { lastBackupAt, lastChangeAt, dismissedAt } = state;
  if (lastChangeAt === null) return false;
  if (lastBackupAt !== null && (now - lastBackupAt <= BACKUP_REMINDER_AFTER_MS || lastChangeAt <= lastBackupAt)) return false;
  return dismissedAt === null || now - dismissedAt > BACKUP_REMINDER_AFTER_MS;
}

export interface ImportPreview {
  merge: MergeSummary;
  replace: ReplaceSummary;
  localRecords: number;
  fileRecords: number;
}

/** What Merge and Replace would do with this file, against the data on the device now. */
export async function previewImport(incoming: BackupFile, now: number): Promise<ImportPreview> {
  const local = await readAllData();
  const data = withoutDeviceSettings(incoming.data);
  return {
    merge: summarizeMerge(planMerge(local, data, { now, fileExportedAt: incoming.exportedAt })),
    replace: planReplace(local, data),
    localRecords: countRecords(local),
    fileRecords: countRecords(data),
  };
}

export interface ImportResult {
  mode: ImportMode;
  /** Records written (merge) or now in the tables (replace). */
  written: number;
  /** Null when nothing changed, or the device held nothing to protect. */
  restorePointId: number | null;
  merge: MergeSummary | null;
  replace: ReplaceSummary | null;
}

/** The file did not pass validation; nothing was written. */
export class InvalidBackupError extends StorageError {
  constructor(message: string) {
    super('unknown', message);
    this.name = 'InvalidBackupError';
  }
}

/**
 * Applies a parsed backup in one transaction, after storing a 'before-import' restore point in the
 * same transaction (see the header). Rejects with a StorageError (kind 'quota' on a full disk);
 * then nothing at all was written.
 */
export async function applyImport(incoming: BackupFile, mode: ImportMode, now: number): Promise<ImportResult> {
  // Checked again here so that no caller can write data that skipped parsing.
  const checked = validateBackupValue(incoming);
  if (!checked.ok) throw new InvalidBackupError(`Nothing was imported: ${checked.error}`);
  const file = { ...checked.file, data: withoutDeviceSettings(checked.file.data) };
  return guardStorage(() =>
    db.transaction('rw', [...backedUpTables(), db.snapshots], async (): Promise<ImportResult> => {
      const local = await readTables();
      if (mode === 'replace') {
        const replace = planReplace(local, file.data);
        const isNoOp = replace.removed + replace.added + replace.changed === 0;
        if (isNoOp) return { mode, written: 0, restorePointId: null, merge: null, replace };
        const restorePointId = await protect(local, now);
        const written = await writeReplacement(file.data);
        return { mode, written, restorePointId, merge: null, replace };
      }
      const plan = planMerge(local, file.data, { now, fileExportedAt: file.exportedAt });
      const merge = summarizeMerge(plan);
      const changes = changesToWrite(plan);
      if (countRecords(changes) === 0) return { mode, written: 0, restorePointId: null, merge, replace: null };
      const restorePointId = await protect(local, now);
      const written = await writeChanges(changes);
      return { mode, written, restorePointId, merge, replace: null };
    }),
  );
}

/** A restore point of `local` before an import; an empty device has nothing to protect. */
async function protect(local: BackupData, now: number): Promise<number | null> {
  if (countRecords(local) === 0) return null;
  const point = await storeRestorePoint(local, 'before-import', now, { isRequired: true });
  return point.status === 'stored' ? point.id : null;
}

export type ImportTextResult = { ok: true; result: ImportResult } | { ok: false; error: string };

/** The whole import path: parse first; only a file that parses is ever applied. */
export async function importBackupText(text: string, mode: ImportMode, now: number): Promise<ImportTextResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, result: await applyImport(parsed.file, mode, now) };
}
