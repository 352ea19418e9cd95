/**
 * Sets aside stored records that no longer pass their schema, so that one bad record (written by an
 * older version, or damaged) never blocks an export, a restore point or a view. Each one moves,
 * untouched, to the `attention` table, where the Data view lists it to be fixed or deleted, and the
 * backup carries it under `needsAttention`.
 *
 * Run by the attention.scan command after the app has opened (at once after the schema-3 upgrade,
 * otherwise when the browser is idle), with the full schemas: imported roadmaps' documents too.
 */
import * as v from 'valibot';
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupTable } from '../domain/backup/backup-format';
import { capitalize, describeRecord, labelField } from '../domain/backup/describe-record';
import { toSentence } from '../domain/schemas/check';
import { STORED_RECORD_SCHEMAS } from '../domain/schemas/records';
import { migrateLegacyRecord } from '../domain/schemas/migrate';
import type { AttentionRecord } from '../domain/records';

export type RepairTable = BackupTable;

export interface RepairOptions {
  /** Also bring records written before schema 3 to the current shape (stamps, tombstones). */
  isUpgrade: boolean;
  now: number;
  schemas?: Record<BackupTable, v.GenericSchema>;
}

export interface RepairResult {
  /** Records moved to `attention`. */
  setAside: number;
  /** Records rewritten in the current shape. */
  migrated: number;
}

const attentionIdOf = (table: BackupTable, key: unknown): string => `${table}:${typeof key === 'string' ? key : JSON.stringify(key)}`;

/** Why a record was set aside, as the person knows it: "The study session dated “0202-05-01” …". */
export function describeProblem(table: BackupTable, record: unknown, issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  return `${capitalize(describeRecord(table, record))} cannot be used as it is: ${toSentence(labelField(keys), issue.message)}`;
}

export async function repairTables(
  tableOf: (table: RepairTable) => Table,
  attention: Table<AttentionRecord, string, AttentionRecord> | Table,
  { isUpgrade, now, schemas = STORED_RECORD_SCHEMAS }: RepairOptions,
): Promise<RepairResult> {
  const result: RepairResult = { setAside: 0, migrated: 0 };
  // One table at a time inside the upgrade transaction, so only one table's rows are in memory.
  /* oxlint-disable no-await-in-loop */
  for (const table of BACKUP_TABLES) {
    const store = tableOf(table);
    const keys = await store.toCollection().primaryKeys();
    const rows = await store.bulkGet(keys);
    const rewrite: unknown[] = [];
    const remove: unknown[] = [];
    const aside: AttentionRecord[] = [];
    rows.forEach((row: unknown, index) => {
      const key = keys[index];
      const current = isUpgrade ? migrateLegacyRecord(table, row) : row;
      const checked = v.safeParse(schemas[table], current, { abortEarly: true });
      if (checked.success) {
        if (current !== row) rewrite.push(current);
        return;
      }
      remove.push(key);
      aside.push({
        id: attentionIdOf(table, key),
        table,
        record: row,
        problem: describeProblem(table, row, checked.issues[0]),
        detectedAt: now,
      });
    });
    if (rewrite.length > 0) await store.bulkPut(rewrite);
    if (remove.length > 0) await store.bulkDelete(remove as never[]);
    if (aside.length > 0) await attention.bulkPut(aside);
    result.migrated += rewrite.length;
    result.setAside += aside.length;
  }
  /* oxlint-enable no-await-in-loop */
  return result;
}
