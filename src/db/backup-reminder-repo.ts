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

/** What the backup reminder needs (use inside useLiveQuery). */
export async function readBackupState(): Promise<BackupState> {
  const [lastBackup, dismissed, progress, note, link, session, card, ownItem, roadmap, plans, overlays] = await Promise.all([
    db.settings.get(LAST_BACKUP_SETTING),
    db.settings.get(REMINDER_DISMISSED_SETTING),
    db.progress.orderBy('updatedAt').last(),
    db.notes.orderBy('updatedAt').last(),
    db.evidence.orderBy('updatedAt').last(),
    db.sessions.orderBy('updatedAt').last(),
    db.userCards.orderBy('updatedAt').last(),
    db.customItems.orderBy('updatedAt').last(),
    db.roadmaps.orderBy('updatedAt').last(),
    // plans and itemOverlays have no updatedAt index; there are few (one plan per roadmap).
    db.plans.toArray(),
    db.itemOverlays.toArray(),
  ]);
  const times = [progress, note, link, session, card, ownItem, roadmap, ...plans, ...overlays].flatMap((record) =>
    record ? [record.updatedAt] : [],
  );
  return {
    lastBackupAt: asTime(lastBackup?.value),
    lastChangeAt: times.length > 0 ? Math.max(...times) : null,
    dismissedAt: asTime(dismissed?.value),
  };
}
