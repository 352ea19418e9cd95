/** Helpers shared by the backup-repo tests. */
import { db } from '../../../src/db/database';
import { BACKUP_TABLES, canonicalJson, type BackupData } from '../../../src/domain/backup/backup-format';

/** Puts `data` into every backed-up table (the table names are BackupData's keys). */
export async function seed(data: BackupData): Promise<void> {
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((table) => db.table(table)),
    async () => {
      for (const table of BACKUP_TABLES) await db.table(table).bulkPut([...data[table]]);
    },
  );
}

/** Every table of the database, canonical: equal text means byte-identical contents. */
export async function dumpDatabase(): Promise<string> {
  const dump: Record<string, unknown> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return canonicalJson(dump);
}
