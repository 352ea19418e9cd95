/**
 * The backup reminder: when this device last exported a backup, when the user last changed
 * something a backup holds, and when the reminder was last dismissed. The two settings here are
 * device-local (backup-repo's DEVICE_SETTINGS): never exported, kept through Replace and restore.
 */
import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';

export const LAST_BACKUP_SETTING = 'lastBackupAt';
export const REMINDER_DISMISSED_SETTING = 'backupReminderDismissedAt';

export { BACKUP_REMINDER_AFTER_MS, isBackupReminderDue } from '../domain/backup/reminder';

/** Records a successful export (the setting is not counted as a change: see readBackupState). */
export async function recordBackupDone(now: number): Promise<void> {
  await putNumberSetting(LAST_BACKUP_SETTING, now);
}

/** Hides the backup reminder for another BACKUP_REMINDER_AFTER_MS. */
export async function dismissBackupReminder(now: number): Promise<void> {
  await putNumberSetting(REMINDER_DISMISSED_SETTING, now);
}

async function putNumberSetting(key: string, now: number): Promise<void> {
  await writeTransaction([db.settings], async () => {
    const existing = await db.settings.get(key);
    await db.settings.put({
      key,
      value: now,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    });
  });
}

export type { BackupState } from '../domain/backup/reminder';
import type { BackupState } from '../domain/backup/reminder';

const asTime = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The tables whose changes a backup holds, as the reminder counts them (settings and reviews left out). */
export const CHANGE_TABLES = [
  'progress',
  'notes',
  'evidence',
  'sessions',
  'userCards',
  'customItems',
  'roadmaps',
  'plans',
  'itemOverlays',
] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

/** The latest updatedAt in one table, or null when it is empty (use inside a live query). */
export async function readLastChange(table: ChangeTable): Promise<number | null> {
  if (table === 'plans' || table === 'itemOverlays') {
    // No updatedAt index here; there are few (one plan per roadmap, a handful of hidden items).
    const rows = await db.table<{ updatedAt: number }>(table).toArray();
    return rows.length > 0 ? Math.max(...rows.map((row) => row.updatedAt)) : null;
  }
  const last = await db.table<{ updatedAt: number }>(table).orderBy('updatedAt').last();
  return last ? last.updatedAt : null;
}

/** The reminder's own two settings (use inside a live query). */
export async function readBackupSettings(): Promise<Pick<BackupState, 'lastBackupAt' | 'dismissedAt'>> {
  const [lastBackup, dismissed] = await Promise.all([db.settings.get(LAST_BACKUP_SETTING), db.settings.get(REMINDER_DISMISSED_SETTING)]);
  return { lastBackupAt: asTime(lastBackup?.value), dismissedAt: asTime(dismissed?.value) };
}

/**
 * What the backup reminder needs, in one read. The view reads the parts as separate live queries
 * (a tick re-reads the latest progress change only); this one is for the backup code and tests.
 */
export async function readBackupState(): Promise<BackupState> {
  const [settings, ...times] = await Promise.all([readBackupSettings(), ...CHANGE_TABLES.map(readLastChange)]);
  const known = times.filter((time): time is number => time !== null);
  return { ...settings, lastChangeAt: known.length > 0 ? Math.max(...known) : null };
}
