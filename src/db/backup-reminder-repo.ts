/**
 * The backup reminder: when this device last exported a backup, when the user last changed
 * something a backup holds, and when the reminder was last dismissed. The two settings here are
 * device-local (backup-repo's DEVICE_SETTINGS): never exported, kept through Replace and restore.
 */
import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';

import { LAST_BACKUP_SETTING, REMINDER_DISMISSED_SETTING } from './queries';

export {
  CHANGE_TABLES,
  LAST_BACKUP_SETTING,
  readBackupSettings,
  readBackupState,
  readLastChange,
  REMINDER_DISMISSED_SETTING,
  type BackupState,
  type ChangeTable,
} from './queries';

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
