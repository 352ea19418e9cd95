/** The size limits of backup files, in one place (parse-backup.ts checks them; db/data-budget.ts keeps the data within them). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Restore points kept on the device, newest first. */
export const MAX_SNAPSHOTS = 7;
/**
 * Total size of all restore points. Older ones are dropped first to stay under it; a daily one that
 * alone exceeds it is skipped. One taken before an import or restore is kept even then (alone),
 * because it is the only undo for the change about to happen.
 */
export const MAX_SNAPSHOT_TOTAL_BYTES = 25 * 1024 * 1024;
