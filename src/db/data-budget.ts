/**
 * Keeps what the app stores within what one backup can hold, so that whatever the app accepts it
 * can also export and import again. A change that would take the data past MAX_STORED_BYTES is
 * refused before anything is written, with a message saying so.
 *
 * Imports measure the exact size of the data after them (backup-repo, roadmap import). Everyday
 * writes (a note, a session, a card) are small: they add to an estimate measured once per tab,
 * and only when the estimate nears the limit is the data measured again.
 */
import { db } from './database';
import { APP_VERSION } from './app-version';
import { BACKUP_TABLES, buildBackup, serializeBackup, type BackupData } from '../domain/backup/backup-format';
import { MAX_BACKUP_BYTES } from '../domain/backup/limits';
import { megabytes } from '../domain/untrusted-json';
import { InvalidInputError } from '../domain/errors';

/** The most the app keeps: a little under the backup limit, for the file's own header. */
export const MAX_STORED_BYTES = MAX_BACKUP_BYTES - 1024 * 1024;
const REMEASURE_AT = MAX_STORED_BYTES * 0.8;

export const utf8ByteLength = (text: string): number => new TextEncoder().encode(text).byteLength;

/** The size in bytes of a backup holding `data` and `needsAttention`. */
export function measureBackupBytes(data: BackupData, needsAttention: readonly unknown[] = []): number {
  const file = buildBackup(data, { appVersion: APP_VERSION, schemaVersion: 1, now: 0 });
  return utf8ByteLength(serializeBackup({ ...file, needsAttention: needsAttention as never[] }));
}

async function measureStoredBytes(): Promise<number> {
  return db.transaction('r', [...BACKUP_TABLES.map((table) => db.table(table)), db.attention], async () => {
    const entries = await Promise.all(BACKUP_TABLES.map(async (table) => [table, await db.table(table).toArray()] as const));
    return measureBackupBytes(Object.fromEntries(entries) as unknown as BackupData, await db.attention.toArray());
  });
}

let estimate: number | null = null;

/** Forget the estimate (after an import or restore changed much at once). */
export function resetDataEstimate(): void {
  estimate = null;
}

/** A generous size of a record holding `text` once stored and pretty-printed in a backup (UTF-8, up to 3 bytes a character). */
export const estimateRecordBytes = (...texts: readonly string[]): number => 600 + texts.reduce((sum, text) => sum + text.length * 3, 0);

/** Refuses, before any write, a change of about `extraBytes` that would not fit in a backup any more. */
export async function ensureRoomFor(extraBytes: number): Promise<void> {
  if (estimate === null || estimate + extraBytes > REMEASURE_AT) estimate = await measureStoredBytes();
  if (estimate + extraBytes > MAX_STORED_BYTES) {
    throw new InvalidInputError(
      `Your data takes ${megabytes(estimate)}, close to the ${megabytes(MAX_STORED_BYTES)} a backup of this app can hold, so this was not saved. Remove imported roadmaps you no longer follow, or long notes, first.`,
    );
  }
  estimate += extraBytes;
}
