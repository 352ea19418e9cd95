/**
 * What another device's file brings in, checked record by record before anything is stored.
 *
 * A device file is decrypted and authenticated, so it was written by someone with the passphrase,
 * but it may come from an older or buggy version of the app: every record must pass the same
 * schema an import uses (RECORD_SCHEMAS, imported roadmaps checked in full). A record that would
 * not pass is left out and counted, never stored and never a reason to stop: the rest of the file
 * still syncs. Tables this version does not know are ignored.
 */
import * as v from 'valibot';
import { BACKUP_TABLES, createEmptyBackupData, type BackupData, type BackupTable } from '../backup/backup-format';
import { RECORD_SCHEMAS } from '../backup/backup-schema';
import { migrateLegacyRecord } from '../schemas/records';

export interface IncomingCheck {
  data: BackupData;
  /** Records left out because they did not pass their table's schema. */
  rejected: number;
  rejectedByTable: Partial<Record<BackupTable, number>>;
}

export interface IncomingOptions {
  /** Settings that belong to one device (its backup times) never come in from another. */
  isDeviceSetting: (key: string) => boolean;
}

export function checkIncomingTables(tables: Readonly<Record<string, unknown>>, options: IncomingOptions): IncomingCheck {
  const data = createEmptyBackupData();
  const rejectedByTable: Partial<Record<BackupTable, number>> = {};
  let rejected = 0;
  for (const table of BACKUP_TABLES) {
    const records = tables[table];
    if (records === undefined) continue;
    if (!Array.isArray(records)) {
      // A table that is not a list at all counts as one record that could not be used.
      rejected += 1;
      rejectedByTable[table] = (rejectedByTable[table] ?? 0) + 1;
      continue;
    }
    const schema = RECORD_SCHEMAS[table] as v.GenericSchema;
    const accepted: unknown[] = [];
    for (const record of records) {
      const checked = v.safeParse(schema, migrateLegacyRecord(table, record), { abortEarly: true });
      if (!checked.success) {
        rejected += 1;
        rejectedByTable[table] = (rejectedByTable[table] ?? 0) + 1;
        continue;
      }
      const output = checked.output as { key?: unknown };
      if (table === 'settings' && typeof output.key === 'string' && options.isDeviceSetting(output.key)) continue;
      accepted.push(output);
    }
    (data[table] as unknown[]) = accepted;
  }
  return { data, rejected, rejectedByTable };
}

/** The tables to share in this device's own file: everything but its own device settings. */
export function selectOutgoingTables(data: BackupData, options: IncomingOptions): BackupData {
  return { ...data, settings: data.settings.filter((setting) => !options.isDeviceSetting(setting.key)) };
}
