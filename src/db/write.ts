/** The one way a command writes: a 'rw' transaction that also holds the device clock, storage errors classified. */
import type { Table } from 'dexie';
import { db } from './database';
import { guardStorage } from './storage-errors';

/** Runs `body` in one 'rw' transaction over `tables` and the device table; rethrows failures as StorageError. */
export function writeTransaction<T>(tables: readonly Table[], body: () => Promise<T>): Promise<T> {
  return guardStorage(() => db.transaction('rw', [...tables, db.device], body));
}
