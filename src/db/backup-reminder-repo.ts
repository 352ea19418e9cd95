/**
 * The backup reminder: when this device last exported a backup, when the user last changed
 * something a backup holds, and when the reminder was last dismissed. The two settings here are
 * device-local (backup-repo's DEVICE_SETTINGS): never exported, kept through Replace and restore.
 */
import { db } from './database';
import { guardStorage } from './storage-errors';

export const LAST_BACKUP_SETTING = 'lastBackupAt';
export const REMINDER_DISMISSED_SETTING = 'backupReminderDismissedAt';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup older than this, with changes since, earns a reminder; a dismissal lasts as long. */
export const BACKUP_REMINDER_AFTER_MS = 14 * DAY_MS;

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
  /**
   * Latest updatedAt over progress, notes, evidence, sessions, plans, user cards, own items, hidden
   * items and imported roadmaps (settings excluded). Reviews are left out: they have no updatedAt
   * index, and reading every review on each change would make this live query costly.
   */
  lastChangeAt: number | null;
  dismissedAt: number | null;
}

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

/** Due when the last backup is over 14 days old (or never), something changed since, and not dismissed lately. */
export function isBackupReminderDue(state: BackupState, now: number): boolean {
  const { lastBackupAt, lastChangeAt, dismissedAt } = state;
  if (lastChangeAt === null) return false;
  if (lastBackupAt !== null && (now - lastBackupAt <= BACKUP_REMINDER_AFTER_MS || lastChangeAt <= lastBackupAt)) return false;
  return dismissedAt === null || now - dismissedAt > BACKUP_REMINDER_AFTER_MS;
}
