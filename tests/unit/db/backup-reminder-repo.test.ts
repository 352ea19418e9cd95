import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import {
  BACKUP_REMINDER_AFTER_MS,
  LAST_BACKUP_SETTING,
  dismissBackupReminder,
  isBackupReminderDue,
  readBackupState,
  recordBackupDone,
} from '../../../src/db/backup-reminder-repo';
import { T0, progress, sampleData, setting, userCard } from '../domain/backup/backup-fixtures';
import { seed } from './backup-test-helpers';

const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('backup reminder', () => {
  const state = (over: Partial<Parameters<typeof isBackupReminderDue>[0]> = {}) => ({
    lastBackupAt: T0,
    lastChangeAt: T0 + DAY,
    dismissedAt: null,
    ...over,
  });
  const later = T0 + BACKUP_REMINDER_AFTER_MS + 1;

  it('is due when the last backup is over 14 days old and something changed since', () => {
    expect(isBackupReminderDue(state(), later)).toBe(true);
    expect(isBackupReminderDue(state(), T0 + BACKUP_REMINDER_AFTER_MS)).toBe(false);
  });
  it('is due when there was never a backup but there is progress', () => {
    expect(isBackupReminderDue(state({ lastBackupAt: null }), T0)).toBe(true);
    expect(isBackupReminderDue(state({ lastBackupAt: null, lastChangeAt: null }), T0)).toBe(false);
  });
  it('is not due when nothing changed since the last backup', () => {
    expect(isBackupReminderDue(state({ lastChangeAt: T0 }), later)).toBe(false);
  });
  it('stays hidden for 14 days after a dismissal, then comes back', () => {
    expect(isBackupReminderDue(state({ dismissedAt: later - 1 }), later)).toBe(false);
    expect(isBackupReminderDue(state({ dismissedAt: later - 1 }), later + BACKUP_REMINDER_AFTER_MS)).toBe(true);
  });

  it('reads the last change over data tables, not settings, and records backups and dismissals', async () => {
    await seed({ ...sampleData(), progress: [progress('g1', { updatedAt: T0 + 7 })], settings: [setting('theme', 'dark')] });
    expect(await readBackupState()).toEqual({ lastBackupAt: null, lastChangeAt: T0 + 7, dismissedAt: null });
    await recordBackupDone(T0 + 50);
    await dismissBackupReminder(T0 + 60);
    expect(await readBackupState()).toEqual({ lastBackupAt: T0 + 50, lastChangeAt: T0 + 7, dismissedAt: T0 + 60 });
    expect((await db.settings.get(LAST_BACKUP_SETTING))?.value).toBe(T0 + 50);
  });

  it('counts a change to a flashcard as a change since the last backup', async () => {
    await seed({
      ...sampleData(),
      progress: [progress('g1', { updatedAt: T0 + 7 })],
      userCards: [userCard('uc-1', { updatedAt: T0 + 9 })],
    });
    expect((await readBackupState()).lastChangeAt).toBe(T0 + 9);
  });
});
