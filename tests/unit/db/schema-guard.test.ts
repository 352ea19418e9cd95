import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, SCHEMA_VERSIONS, db, wasUpgradedThisSession } from '../../../src/db/database';
import { runCommand } from '../../../src/db/commands';
import { applyImport, carriedTables, exportBackup } from '../../../src/db/backup-repo';
import { LAST_BACKUP_SETTING } from '../../../src/db/backup-reminder-repo';
import { BACKUP_TABLES } from '../../../src/domain/backup/backup-format';
import { buildBackup, createEmptyBackupData } from '../../../src/domain/backup/backup-format';
import { legacyHlc } from '../../../src/domain/hlc';
import { sampleDataV2, note, session, planRecord, day } from '../domain/backup/backup-fixtures';
import { seed } from './backup-test-helpers';
import snapshots from './schema-snapshots.json';

const SHIPPED = snapshots as Record<string, Record<string, string>>;

/** Tables that are this device's own and never travel in a backup. */
const DEVICE_ONLY_TABLES = ['snapshots', 'device', 'syncState'];
/** The backup carries BACKUP_TABLES in `data` and this one as `needsAttention`. */
const ATTENTION_TABLE = 'attention';

const primaryKeyOf = (spec: string): string => spec.split(',')[0]?.trim() ?? '';

describe('schema guard: shipped schema versions are additive only', () => {
  it('keeps every shipped version exactly as committed in schema-snapshots.json', () => {
    for (const [version, tables] of Object.entries(SHIPPED)) {
      expect(SCHEMA_VERSIONS[Number(version) as keyof typeof SCHEMA_VERSIONS], `schema version ${version} was edited`).toEqual(tables);
    }
  });

  it('has a committed snapshot of every version in the code (add the new one to schema-snapshots.json)', () => {
    expect(Object.keys(SCHEMA_VERSIONS).sort()).toEqual(Object.keys(SHIPPED).sort());
    expect(Math.max(...Object.keys(SHIPPED).map(Number))).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('never deletes a table or changes a primary key in a later version', () => {
    const seen = new Map<string, string>();
    for (const version of Object.keys(SHIPPED)
      .map(Number)
      .sort((a, b) => a - b)) {
      for (const [table, spec] of Object.entries(SHIPPED[String(version)] ?? {})) {
        expect(spec, `version ${version} deletes table ${table}`).not.toBeNull();
        const before = seen.get(table);
        if (before !== undefined) expect(primaryKeyOf(spec), `version ${version} changes the primary key of ${table}`).toBe(before);
        seen.set(table, primaryKeyOf(spec));
      }
    }
  });
});

describe('schema guard: the database and the backup hold the same tables', () => {
  beforeEach(async () => {
    await db.delete();
    await db.open();
  });

  it('has exactly the backup tables, the attention list and the device-only tables', () => {
    const inDatabase = db.tables.map((table) => table.name).sort();
    expect(inDatabase).toEqual([...BACKUP_TABLES, ATTENTION_TABLE, ...DEVICE_ONLY_TABLES].sort());
    expect(
      carriedTables()
        .map((table) => table.name)
        .sort(),
    ).toEqual([...BACKUP_TABLES, ATTENTION_TABLE].sort());
  });

  it('exports every carried table, and Replace with an empty file empties every one of them', async () => {
    await seed(sampleDataV2());
    await db.noteVersions.put({
      ...note('g1', 'The other text'),
      key: `r1/g1@${legacyHlc(5)}`,
      noteKey: 'r1/g1',
      deviceId: '0',
      hlc: legacyHlc(5),
      updatedAt: 5,
    });
    await db.attention.put({ id: 'sessions:old', table: 'sessions', record: { day: '0202-05-01' }, problem: 'Too old.', detectedAt: 1 });
    await db.settings.put({ key: LAST_BACKUP_SETTING, value: 1, updatedAt: 1, deletedAt: null, hlc: legacyHlc(1) });
    const { file } = await exportBackup(Date.UTC(2026, 10, 20));
    for (const table of BACKUP_TABLES.filter((name) => name !== 'noteVersions' && name !== 'settings')) {
      expect(file.data[table].length, `${table} is missing from the backup`).toBeGreaterThan(0);
    }
    expect(file.data.noteVersions).toHaveLength(1);
    expect(file.needsAttention).toHaveLength(1);

    await applyImport(
      buildBackup(createEmptyBackupData(), { appVersion: '1', schemaVersion: 3, now: 1 }),
      'replace',
      Date.UTC(2026, 10, 21),
    );
    for (const table of carriedTables()) {
      const rows = await table.toArray();
      // This device's own backup time is not data and stays (DEVICE_SETTINGS).
      if (table.name === 'settings') expect(rows.map((row: { key: string }) => row.key)).toEqual([LAST_BACKUP_SETTING]);
      else expect(rows, `${table.name} was not emptied by Replace`).toEqual([]);
    }
  });
});

describe('after the schema 3 upgrade the app sets aside what an older version let in', () => {
  it('moves records that no longer pass their schema to the attention list, lists them by name, and exports', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const legacy = new Dexie(DATABASE_NAME);
    legacy.version(1).stores(SHIPPED['1'] ?? {});
    legacy.version(2).stores(SHIPPED['2'] ?? {});
    await legacy.open();
    const { hlc: _sessionHlc, ...goodSession } = session('s-good');
    const { hlc: _badHlc, ...badSession } = session('s-bad', { day: day('0202-05-01') });
    const {
      hlc: _planHlc,
      deletedAt: _planDeleted,
      ...badPlan
    } = planRecord({
      plan: { startDate: day('9999-06-01'), target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} },
    });
    await legacy.table('sessions').bulkPut([goodSession, badSession]);
    await legacy.table('plans').put(badPlan);
    legacy.close();

    const upgraded = db;
    await upgraded.open();
    // The app sets aside what no longer passes its schema as soon as the upgrade has run.
    expect(wasUpgradedThisSession()).toBe(true);
    await runCommand('attention.scan', {}, { now: Date.UTC(2026, 10, 20) });
    expect((await upgraded.sessions.toArray()).map((row) => row.id)).toEqual(['s-good']);
    expect(await upgraded.plans.count()).toBe(0);
    const attention = await upgraded.attention.toArray();
    expect(attention.map((entry) => entry.id).sort()).toEqual(['plans:r1', 'sessions:s-bad']);
    const sessionEntry = attention.find((entry) => entry.table === 'sessions');
    expect(sessionEntry?.record).toEqual(expect.objectContaining(badSession));
    expect(sessionEntry?.problem).toBe(
      'The study session dated “0202-05-01” (45 min) cannot be used as it is: The day must be between Jan 1, 2000 and Dec 31, 2100.',
    );
    expect(attention.find((entry) => entry.table === 'plans')?.problem).toMatch(
      /^The plan of “r1” cannot be used as it is: The start date must be between Jan 1, 2000 and Dec 31, 2100\.$/,
    );
    // The backup still works, and carries both under their own heading.
    const { file } = await exportBackup(Date.UTC(2026, 10, 20));
    expect(file.data.sessions.map((row) => row.id)).toEqual(['s-good']);
    expect(file.needsAttention.map((entry) => entry.id).sort()).toEqual(['plans:r1', 'sessions:s-bad']);
  });
});
