import { lazy, Suspense } from 'react';

// Lazy, so the dashboard's first load does not carry the backup code (valibot, merge); the
// reminder appears a moment after the dashboard, which suits a reminder.
const BackupReminderCard = lazy(() => import('./backup-reminder-card').then((module) => ({ default: module.BackupReminderCard })));

/**
 * "Time for a backup" on the dashboard: shown when the last export is over 14 days old (or never)
 * and progress changed since, hidden for 14 days when dismissed; and whenever saving fails.
 */
export function BackupReminder() {
  return (
    <Suspense fallback={null}>
      <BackupReminderCard />
    </Suspense>
  );
}
