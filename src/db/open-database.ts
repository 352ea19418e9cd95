import { db } from './database';
import { classifyStorageError, type StorageError } from './storage-errors';

export interface OpenHandlers {
  /** Another tab opened a newer schema; this tab's connection is closed and must reload. */
  onVersionChange: () => void;
  /** Our upgrade waits for an old tab to close. */
  onBlocked: () => void;
}

/** Opens the database at start-up; resolves to null on success or the reason it failed. */
export async function openDatabase(handlers: OpenHandlers): Promise<StorageError | null> {
  db.on('versionchange', () => {
    db.close();
    handlers.onVersionChange();
    return false;
  });
  db.on('blocked', () => handlers.onBlocked());
  try {
    await db.open();
    return null;
  } catch (error) {
    return classifyStorageError(error);
  }
}
