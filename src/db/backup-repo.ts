/**
 * The whole data set in and out: export, import (merge or replace), the backup reminder's state,
 * and the restore point that every whole-data write takes first. snapshot-repo.ts builds the
 * user-facing restore points (daily, list, restore) on the pieces here.
 *
 * Backup format 3 holds all eleven tables of BackupData: progress, notes, evidence, sessions, plans,
 * settings (format 1) and userCards, reviews, customItems, itemOverlays, roadmaps (added in format
 * 2; see backup-format.ts), plus the records that need attention (the `attention` table, format 3).
 * Export, restore points, preview and import (merge and Replace) all cover every one of them; only
 * `snapshots` itself, the device table and DEVICE_SETTINGS stay out.
 *
 * Export never refuses the whole backup because of one record: a record that would not import
 * again goes into the file's needsAttention list instead (and repairStoredData moves it aside).
 *
 * Atomicity: an import reads this device's data, stores the restore point and writes the result in
 * ONE 'rw' transaction over the eleven tables and `snapshots`. So the restore point describes exactly
 * the data the import replaced (no other tab can write in between), and if anything throws (a full
 * disk, a closed database) IndexedDB aborts the lot: no half-written import, no orphan restore point.
 * Everything computed inside the transaction is synchronous between Dexie calls, as it must be.
 */
import type { IndexableType, Table } from 'dexie';
import { CURRENT_SCHEMA_VERSION, db } from './database';
import { APP_VERSION } from './app-version';
import { MAX_STORED_BYTES, resetDataEstimate, utf8ByteLength } from './data-budget';
import { StorageError, guardStorage } from './storage-errors';
import { LAST_BACKUP_SETTING, REMINDER_DISMISSED_SETTING } from './backup-reminder-repo';
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  buildBackup,
  canonicalJson,
  compareStrings,
  countRecords,
  serializeBackup,
  type BackupData,
  type BackupFile,
  type BackupRecord,
  type BackupTable,
} from '../domain/backup/backup-format';
import { parseBackupText, validateBackupValue } from '../domain/backup/parse-backup';
import { decodeHlc, encodeHlc, receiveHlc } from '../domain/hlc';
import type { AttentionRecord } from '../domain/records';
import { InvalidInputError } from '../domain/errors';
import { megabytes } from '../domain/untrusted-json';
import { readClock, readDeviceId, writeClock } from './clock';
import {
  applyMergePlan,
  changesToWrite,
  planMerge,
  planReplace,
  replaceAll,
  summarizeMerge,
  type MergeSummary,
  type ReplaceSummary,
} from '../domain/backup/merge';

export { APP_VERSION } from './app-version';

export {
  BACKUP_REMINDER_AFTER_MS,
  LAST_BACKUP_SETTING,
  REMINDER_DISMISSED_SETTING,
  dismissBackupReminder,
  isBackupReminderDue,
  readBackupState,
  recordBackupDone,
  type BackupState,
} from './backup-reminder-repo';

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

export { MAX_SNAPSHOTS, MAX_SNAPSHOT_TOTAL_BYTES };
import { MAX_SNAPSHOTS, MAX_SNAPSHOT_TOTAL_BYTES } from '../domain/backup/limits';

export type SnapshotReason = 'daily' | 'before-import' | 'before-restore' | 'before-sync';
export type ImportMode = 'merge' | 'replace';

/** The backed-up tables are named like BackupData's keys; this is one of them, typed. */
const storeOf = <T extends BackupTable>(table: T): Table<BackupRecord<T>, IndexableType> => db.table(table);

/** The eleven backed-up tables, in BACKUP_TABLES order. */
export const backedUpTables = (): Table<BackupRecord<BackupTable>, IndexableType>[] => BACKUP_TABLES.map(storeOf);

/** Every table a backup carries: the eleven of BackupData and the records that need attention. */
export const carriedTables = (): Table[] => [...backedUpTables(), db.attention];

/** Reads the eleven tables (without DEVICE_SETTINGS). Call inside a transaction for a consistent view. */
export async function readTables(): Promise<BackupData> {
  const entries = await Promise.all(BACKUP_TABLES.map(async (table) => [table, await storeOf(table).toArray()] as const));
  return withoutDeviceSettings(Object.fromEntries(entries) as unknown as BackupData);
}

/** Everything a backup holds (no DEVICE_SETTINGS), read in one transaction; works while writes fail. */
export function readAllData(): Promise<BackupData> {
  return guardStorage(() => db.transaction('r', backedUpTables(), readTables));
}

/** The data and the records that need attention, read together. */
export interface CarriedData {
  data: BackupData;
  needsAttention: AttentionRecord[];
}

/** readTables plus the attention list. Call inside a transaction over carriedTables(). */
export async function readCarried(): Promise<CarriedData> {
  const [data, needsAttention] = await Promise.all([readTables(), db.attention.toArray()]);
  return { data, needsAttention };
}

export { countRecords };

/** Puts every record of `data` into its table. Call inside a 'rw' transaction over them. */
async function putAll(data: BackupData, how: 'bulkAdd' | 'bulkPut'): Promise<void> {
  await Promise.all(
    BACKUP_TABLES.map((table) => {
      const store = storeOf(table);
      const records: readonly BackupRecord<typeof table>[] = data[table];
      return how === 'bulkAdd' ? store.bulkAdd([...records]) : store.bulkPut([...records]);
    }),
  );
}

/**
 * Makes every carried table hold exactly `data` and `needsAttention` (keeping DEVICE_SETTINGS).
 * Call inside a 'rw' transaction over carriedTables().
 */
export async function writeReplacement(data: BackupData, needsAttention: readonly AttentionRecord[] = []): Promise<number> {
  const sorted = replaceAll(withoutDeviceSettings(data));
  const kept = (await db.settings.bulkGet([...DEVICE_SETTINGS])).flatMap((setting) => (setting ? [setting] : []));
  await Promise.all(carriedTables().map((table) => table.clear()));
  await db.settings.bulkAdd(kept);
  await putAll(sorted, 'bulkAdd');
  await db.attention.bulkAdd([...needsAttention]);
  return countRecords(sorted);
}

/** Adds the attention records this device does not hold yet (a merge never drops one it has). */
async function mergeAttention(incoming: readonly AttentionRecord[]): Promise<number> {
  if (incoming.length === 0) return 0;
  const present = new Set(await db.attention.toCollection().primaryKeys());
  const added = incoming.filter((entry) => !present.has(entry.id));
  await db.attention.bulkAdd(added);
  return added.length;
}

/** Lets the device clock pass the newest stamp that came in, so later edits here sort after it. */
async function receiveStamps(data: BackupData, now: number): Promise<void> {
  let newest: string | null = null;
  for (const table of BACKUP_TABLES) {
    for (const record of data[table] as readonly { hlc: string }[]) if (newest === null || record.hlc > newest) newest = record.hlc;
  }
  const remote = newest === null ? null : decodeHlc(newest);
  if (remote === null) return;
  const deviceId = await readDeviceId();
  const local = (await readClock()) ?? { wall: 0, counter: 0, node: deviceId };
  const { clock } = receiveHlc(local, remote, now);
  if (encodeHlc(clock) !== encodeHlc(local)) await writeClock({ ...clock, node: deviceId });
}

async function writeChanges(changes: BackupData): Promise<number> {
  await putAll(changes, 'bulkPut');
  return countRecords(changes);
}

/** Serialized backup text of `data`, the same format as an exported file. */
export const serializeData = (data: BackupData, now: number, needsAttention: readonly AttentionRecord[] = []): string =>
  serializeBackup(buildBackup(data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, now }, needsAttention));

export { utf8ByteLength };

export type RestorePointResult =
  { status: 'stored'; id: number; sizeBytes: number; removed: number } | { status: 'too-large'; sizeBytes: number };

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
  needsAttention: readonly AttentionRecord[] = [],
): Promise<RestorePointResult> {
  const text = serializeData(data, now, needsAttention);
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
 * Every record is checked as an import would check it; one that would not import again goes into
 * the file's needsAttention list rather than blocking the backup. The text is then parsed back
 * (strictly) before it is offered: a backup that would not import is never handed out.
 */
export async function exportBackup(now: number): Promise<{ file: BackupFile; text: string }> {
  const carried = await guardStorage(() => db.transaction('r', carriedTables(), readCarried));
  const draft = buildBackup(carried.data, { appVersion: APP_VERSION, schemaVersion: CURRENT_SCHEMA_VERSION, now }, carried.needsAttention);
  const checked = validateBackupValue(JSON.parse(JSON.stringify(draft)) as unknown, { isLenient: true, now });
  if (!checked.ok)
    throw new BackupExportError(`No backup was downloaded: ${checked.error} Your data is unchanged; the CSV export still works.`);
  const file = { ...checked.file, formatVersion: BACKUP_FORMAT_VERSION };
  const text = serializeBackup(file);
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_STORED_BYTES) {
    throw new BackupExportError(
      `No backup was downloaded: your data takes ${megabytes(bytes)}, more than one backup file can hold (${megabytes(MAX_STORED_BYTES)}). Remove imported roadmaps you no longer follow, then export again. Your data is unchanged; the CSV export still works.`,
    );
  }
  const check = parseBackupText(text);
  if (!check.ok) {
    throw new BackupExportError(
      `No backup was downloaded, because this device's data would not import again: ${check.error} Your data is unchanged; the CSV export still works.`,
    );
  }
  return { file, text };
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
  const checked = validateBackupValue(JSON.parse(JSON.stringify(incoming)) as unknown);
  if (!checked.ok) throw new InvalidBackupError(`Nothing was imported: ${checked.error}`);
  const file = { ...checked.file, data: withoutDeviceSettings(checked.file.data) };
  await checkImportFits(file, mode);
  resetDataEstimate();
  return guardStorage(() =>
    db.transaction('rw', [...carriedTables(), db.snapshots, db.device], async (): Promise<ImportResult> => {
      const local = await readCarried();
      if (mode === 'replace') {
        const replace = planReplace(local.data, file.data);
        const isSameAttention = canonicalJson(sortById(local.needsAttention)) === canonicalJson(sortById(file.needsAttention));
        const isNoOp = replace.removed + replace.added + replace.changed === 0 && isSameAttention;
        if (isNoOp) return { mode, written: 0, restorePointId: null, merge: null, replace };
        const restorePointId = await protect(local, now);
        const written = await writeReplacement(file.data, file.needsAttention);
        await receiveStamps(file.data, now);
        return { mode, written, restorePointId, merge: null, replace };
      }
      const plan = planMerge(local.data, file.data, { now, fileExportedAt: file.exportedAt });
      const merge = summarizeMerge(plan);
      const changes = changesToWrite(plan);
      const present = new Set(local.needsAttention.map((entry) => entry.id));
      const newAttention = file.needsAttention.filter((entry) => !present.has(entry.id));
      if (countRecords(changes) === 0 && newAttention.length === 0) return { mode, written: 0, restorePointId: null, merge, replace: null };
      const restorePointId = await protect(local, now);
      const written = (await writeChanges(changes)) + (await mergeAttention(newAttention));
      await receiveStamps(changes, now);
      return { mode, written, restorePointId, merge, replace: null };
    }),
  );
}

const sortById = (entries: readonly AttentionRecord[]): AttentionRecord[] => [...entries].sort((a, b) => compareStrings(a.id, b.id));

/** A restore point of `local` before an import; an empty device has nothing to protect. */
async function protect(local: CarriedData, now: number): Promise<number | null> {
  if (countRecords(local.data) === 0 && local.needsAttention.length === 0) return null;
  const point = await storeRestorePoint(local.data, 'before-import', now, { isRequired: true }, local.needsAttention);
  return point.status === 'stored' ? point.id : null;
}

/**
 * Refuses an import after which the data would no longer fit in a backup (MAX_BACKUP_BYTES), so
 * that what the app stores can always be exported and imported again. Measured on the result.
 */
async function checkImportFits(file: BackupFile, mode: ImportMode): Promise<void> {
  const after =
    mode === 'replace'
      ? { data: file.data, needsAttention: file.needsAttention }
      : await (async () => {
          const local = await guardStorage(() => db.transaction('r', carriedTables(), readCarried));
          const merged = applyMergePlan(planMerge(local.data, file.data, { now: file.exportedAt, fileExportedAt: file.exportedAt }));
          const present = new Set(local.needsAttention.map((entry) => entry.id));
          return {
            data: merged,
            needsAttention: [...local.needsAttention, ...file.needsAttention.filter((entry) => !present.has(entry.id))],
          };
        })();
  const bytes = utf8ByteLength(serializeData(after.data, file.exportedAt, after.needsAttention));
  if (bytes > MAX_STORED_BYTES) {
    throw new InvalidInputError(
      `After this import your data would take ${megabytes(bytes)}, more than the ${megabytes(MAX_STORED_BYTES)} a backup of this app can hold, so it could no longer be backed up. Nothing was imported. Remove imported roadmaps you no longer follow, or import into a fresh profile.`,
    );
  }
}

export { MAX_STORED_BYTES };

export type ImportTextResult = { ok: true; result: ImportResult } | { ok: false; error: string };

/** The whole import path: parse first; only a file that parses is ever applied. */
export async function importBackupText(text: string, mode: ImportMode, now: number): Promise<ImportTextResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return { ok: true, result: await applyImport(parsed.file, mode, now) };
}
