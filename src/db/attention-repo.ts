/**
 * Records that need attention: stored records that no longer pass their schema, set aside so that
 * they never block an export, a restore point or a view. Listed in the Data view, where each can be
 * fixed (put back once it passes) or deleted. Loaded lazily.
 */
import * as v from 'valibot';
import { db } from './database';
import { repairTables, describeProblem, type RepairResult } from './repair';
import { guardStorage } from './storage-errors';
import { nextStamp, nextUpdatedAt } from './clock';
import { resetDataEstimate } from './data-budget';
import { BACKUP_TABLES, type BackupTable } from '../domain/backup/backup-format';
import { RECORD_SCHEMAS } from '../domain/backup/backup-schema';
import { migrateLegacyRecord } from '../domain/schemas/records';
import type { AttentionRecord } from '../domain/records';
import { InvalidInputError } from '../domain/errors';
import { LIMITS } from '../domain/schemas/fields';

/** Every record that needs attention, oldest first. */
export async function listAttention(): Promise<AttentionRecord[]> {
  return (await db.attention.toArray()).sort((a, b) => a.detectedAt - b.detectedAt || (a.id < b.id ? -1 : 1));
}

/** Checks every stored record with the full schemas (imported roadmaps' documents included) and sets the failing ones aside. */
export async function repairStoredData(now: number): Promise<RepairResult> {
  const tables = [...BACKUP_TABLES.map((table) => db.table(table)), db.attention];
  const result = await guardStorage(() =>
    db.transaction('rw', tables, () =>
      repairTables((table) => db.table(table), db.attention, {
        isUpgrade: false,
        now,
        schemas: RECORD_SCHEMAS as Record<BackupTable, v.GenericSchema>,
      }),
    ),
  );
  if (result.setAside > 0) resetDataEstimate();
  return result;
}

const isBackupTable = (table: string): table is BackupTable => (BACKUP_TABLES as readonly string[]).includes(table);

/**
 * Puts a corrected version of a set-aside record back into its table, stamped as a new write, once
 * it passes the table's schema; otherwise refuses with the same message an import would give.
 */
export async function fixAttentionRecord(id: string, corrected: unknown, now: number): Promise<void> {
  const entry = await guardStorage(() => db.attention.get(id));
  if (!entry) throw new InvalidInputError('That record is no longer waiting for attention; it may have been fixed in another tab.');
  const { table } = entry;
  if (!isBackupTable(table)) throw new InvalidInputError('This kind of record cannot be put back; delete it instead.');
  const migrated = migrateLegacyRecord(table, corrected);
  const draft = { ...(migrated as Record<string, unknown>), updatedAt: nextUpdatedAt(now, 0), hlc: '' };
  await guardStorage(() =>
    db.transaction('rw', [db.table(table), db.attention, db.device, db.sessions], async () => {
      draft.hlc = await nextStamp(now);
      const checked = v.safeParse(RECORD_SCHEMAS[table] as v.GenericSchema, draft, { abortEarly: true });
      if (!checked.success) throw new InvalidInputError(describeProblem(table, draft, checked.issues[0]));
      if (table === 'sessions') {
        const session = checked.output as { id: string; day: string; minutes: number };
        const sameDay = await db.sessions.where('day').equals(session.day).toArray();
        const logged = sameDay.reduce((sum, row) => (row.deletedAt === null && row.id !== session.id ? sum + row.minutes : sum), 0);
        if (logged + session.minutes > LIMITS.minutesPerDay)
          throw new InvalidInputError('That day would hold more than 24 hours of study; choose another day or fewer minutes.');
      }
      await db.table(table).put(checked.output);
      await db.attention.delete(id);
    }),
  );
}

export async function deleteAttentionRecord(id: string): Promise<void> {
  await guardStorage(() => db.attention.delete(id));
}
