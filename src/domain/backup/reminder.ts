/** When the app reminds the person to export a backup. */

const DAY_MS = 24 * 60 * 60 * 1000;
/** A backup older than this, with changes since, earns a reminder; a dismissal lasts as long. */
export const BACKUP_REMINDER_AFTER_MS = 14 * DAY_MS;

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

/** Due when the last backup is over 14 days old (or never), something changed since, and not dismissed lately. */
export function isBackupReminderDue(state: BackupState, now: number): boolean {
  const { lastBackupAt, lastChangeAt, dismissedAt } = state;
  if (lastChangeAt === null) return false;
  if (lastBackupAt !== null && (now - lastBackupAt <= BACKUP_REMINDER_AFTER_MS || lastChangeAt <= lastBackupAt)) return false;
  return dismissedAt === null || now - dismissedAt > BACKUP_REMINDER_AFTER_MS;
}
