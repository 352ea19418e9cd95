import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import {
  APP_VERSION,
  BACKUP_REMINDER_AFTER_MS,
  LAST_BACKUP_SETTING,
  applyImport,
  exportBackup,
  importBackupText,
  isBackupReminderDue,
  previewImport,
  readAllData,
  readBackupState,
  recordBackupDone,
  dismissBackupReminder,
  BackupExportError,
  withoutDeviceSettings,
} from '../../../src/db/backup-repo';
import { listSnapshots } from '../../../src/db/snapshot-repo';
import { BACKUP_TABLES, buildBackup, canonicalJson, serializeBackup, type BackupData } from '../../../src/domain/backup/backup-format';
import { parseBackupText } from '../../../src/domain/backup/parse-backup';
import type { UserCardRecord } from '../../../src/domain/records';
import { T0, backupDataArb, note, progress, sampleData, sampleFile, session, setting } from '../domain/backup/backup-fixtures';

const DAY = 24 * 60 * 60 * 1000;
const userCard: UserCardRecord = {
  id: 'card-1',
  roadmapId: 'r1',
  phaseId: 'p1',
  question: 'What is OMOP?',
  outline: ['a common data model'],
  updatedAt: T0,
  deletedAt: null,
};

async function seed(data: BackupData): Promise<void> {
  await db.transaction('rw', [db.progress, db.notes, db.evidence, db.sessions, db.plans, db.settings], async () => {
    await db.progress.bulkPut(data.progress);
    await db.notes.bulkPut(data.notes);
    await db.evidence.bulkPut(data.evidence);
    await db.sessions.bulkPut(data.sessions);
    await db.plans.bulkPut(data.plans);
    await db.settings.bulkPut(data.settings);
  });
}

/** Every table of the database, canonical: equal text means byte-identical contents. */
async function dumpDatabase(): Promise<string> {
  const dump: Record<string, unknown> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return canonicalJson(dump);
}

/** Makes every write to `table` throw inside the transaction, like a full disk would. */
function failWritesTo(table: 'sessions' | 'settings', error: () => Error): () => void {
  const fail = () => {
    throw error();
  };
  db[table].hook('creating', fail);
  db[table].hook('updating', fail);
  return () => {
    db[table].hook('creating').unsubscribe(fail);
    db[table].hook('updating').unsubscribe(fail);
  };
}

const quotaError = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('exportBackup', () => {
  it('writes a versioned file of every backed-up table that parses back', async () => {
    await seed(sampleData());
    const { file, text } = await exportBackup(T0 + 5);
    expect(file).toMatchObject({ appVersion: APP_VERSION, schemaVersion: 2, exportedAt: T0 + 5, formatVersion: 1 });
    expect(text).toBe(serializeBackup(file));
    const parsed = parseBackupText(text);
    const expected = withoutDeviceSettings(sampleData());
    expect(expected.settings.map((s) => s.key)).toEqual(['theme']);
    expect(parsed.ok && canonicalJson(parsed.file.data)).toBe(canonicalJson(buildBackup(expected, { appVersion: '', schemaVersion: 2, now: 0 }).data));
  });

  it("keeps this device's backup bookkeeping out of files, and through Replace", async () => {
    await seed(sampleData());
    await recordBackupDone(T0 + 50);
    await dismissBackupReminder(T0 + 60);
    const { file } = await exportBackup(T0 + 70);
    expect(file.data.settings.map((s) => s.key)).toEqual(['theme']);
    // A file from elsewhere that carries an old backup time does not rewind this device's.
    await applyImport(sampleFile({ ...sampleData(), settings: [setting(LAST_BACKUP_SETTING, 1)] }), 'replace', T0 + 80);
    expect(await readBackupState()).toMatchObject({ lastBackupAt: T0 + 50, dismissedAt: T0 + 60 });
    expect(await db.settings.get('theme')).toBeUndefined();
  });

  it('refuses, with a plain message, local data that would not import again', async () => {
    await db.evidence.put({ key: 'r1/m1', roadmapId: 'r1', itemId: 'm1', url: 'javascript:alert(1)', updatedAt: T0, deletedAt: null });
    await expect(exportBackup(T0)).rejects.toBeInstanceOf(BackupExportError);
    await expect(exportBackup(T0)).rejects.toThrow(/would not import again: evidence\[0\]\.url/);
  });

  it('still exports when writes fail (reading is enough)', async () => {
    await seed(sampleData());
    const restore = failWritesTo('settings', quotaError);
    try {
      const { file } = await exportBackup(T0);
      expect(file.data.progress).toHaveLength(2);
      await expect(recordBackupDone(T0)).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    } finally {
      restore();
    }
  });
});

describe('round trip', () => {
  it('exports, imports into an emptied database, and reads back identical data', async () => {
    await seed(sampleData());
    const before = await readAllData();
    const { text } = await exportBackup(T0 + 1);
    await db.delete();
    await db.open();
    const outcome = await importBackupText(text, 'merge', T0 + 2);
    expect(outcome.ok).toBe(true);
    expect(canonicalJson(await readAllData())).toBe(canonicalJson(before));
    // An empty device has nothing to protect, so no restore point was taken.
    expect(outcome.ok && outcome.result.restorePointId).toBeNull();
  });

  it('round-trips any valid data set exactly (replace into an emptied database)', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb(), async (data) => {
        await db.delete();
        await db.open();
        await seed(data);
        const before = await readAllData();
        const { text } = await exportBackup(T0);
        await db.delete();
        await db.open();
        const outcome = await importBackupText(text, 'replace', T0);
        expect(outcome.ok).toBe(true);
        expect(canonicalJson(await readAllData())).toBe(canonicalJson(before));
      }),
      { numRuns: 40 },
    );
  });
});

describe('applyImport merge', () => {
  it('applies only what is newer in the file and keeps what is newer here', async () => {
    await seed({
      ...sampleData(),
      progress: [progress('g1', { status: 'done', updatedAt: T0 + 10 }), progress('g2', { status: 'in-progress', doneAt: null })],
      sessions: [],
    });
    const file = sampleFile({
      ...sampleData(),
      progress: [
        progress('g1', { status: 'skipped', doneAt: null, updatedAt: T0 }),
        progress('g2', { status: 'done', updatedAt: T0 + 20 }),
        progress('g3', { updatedAt: T0 }),
      ],
      sessions: [session('s9')],
    });
    const preview = await previewImport(file, T0 + 30);
    expect(preview.merge).toMatchObject({ newerHere: 1, newerInFile: 1, onlyInFile: 2 });

    const result = await applyImport(file, 'merge', T0 + 30);
    expect(result.written).toBe(3);
    const after = await readAllData();
    const status = Object.fromEntries(after.progress.map((r) => [r.itemId, r.status]));
    expect(status).toEqual({ g1: 'done', g2: 'done', g3: 'done' });
    expect(after.sessions.map((s) => s.id)).toEqual(['s9']);
    expect(result.restorePointId).not.toBeNull();
  });

  it('keeps both texts of a note edited on both sides', async () => {
    await seed({ ...sampleData(), notes: [note('g1', 'mine', { updatedAt: T0 + 5 })] });
    await applyImport(sampleFile({ ...sampleData(), notes: [note('g1', 'theirs')] }), 'merge', T0 + 9);
    const text = (await db.notes.get('r1/g1'))?.text ?? '';
    expect(text).toContain('mine');
    expect(text).toContain('theirs');
  });

  it('is a no-op, with no restore point, when the file holds nothing new', async () => {
    await seed(sampleData());
    const before = await dumpDatabase();
    const result = await applyImport(sampleFile(), 'merge', T0 + 1);
    expect(result).toMatchObject({ written: 0, restorePointId: null });
    expect(await dumpDatabase()).toBe(before);
  });
});

describe('applyImport replace', () => {
  it('makes the backed-up tables exactly the file, leaving tables outside format 1 alone', async () => {
    await seed({ ...sampleData(), progress: [progress('only-here', { updatedAt: T0 + 99 })] });
    await db.userCards.put(userCard);
    const file = sampleFile();
    const preview = await previewImport(file, T0);
    expect(preview.replace).toMatchObject({ removed: 1, added: 2, newerHereLost: 0 });

    const result = await applyImport(file, 'replace', T0 + 100);
    expect(canonicalJson(await readAllData())).toBe(canonicalJson(withoutDeviceSettings(file.data)));
    expect(await db.userCards.get('card-1')).toEqual(userCard);
    const [point] = await listSnapshots();
    expect(point).toMatchObject({ id: result.restorePointId, reason: 'before-import', createdAt: T0 + 100 });
    expect(point?.counts?.progress).toBe(1);
  });
});

describe('a bad or failing import changes nothing', () => {
  it('leaves the database byte-identical for a hostile file', async () => {
    await seed(sampleData());
    const before = await dumpDatabase();
    const hostile = serializeBackup(sampleFile()).replace('"progress": [', '"progress": [{"__proto__": {"polluted": true}},');
    const outcome = await importBackupText(hostile, 'replace', T0);
    expect(outcome).toMatchObject({ ok: false });
    expect(await dumpDatabase()).toBe(before);
  });

  it('rejects a typed but unvalidated file before opening a transaction', async () => {
    await seed(sampleData());
    const before = await dumpDatabase();
    const forged = sampleFile({ ...sampleData(), evidence: [{ ...sampleData().evidence[0]!, url: 'javascript:alert(1)' }] });
    await expect(applyImport(forged, 'replace', T0)).rejects.toThrow(/Nothing was imported: evidence\[0\]\.url/);
    expect(await dumpDatabase()).toBe(before);
  });

  it.each(['merge', 'replace'] as const)('rolls back a %s whose write fails mid-transaction (full disk)', async (mode) => {
    await seed({ ...sampleData(), sessions: [] });
    const before = await dumpDatabase();
    const restore = failWritesTo('sessions', quotaError);
    try {
      // Progress, notes and evidence are written before sessions fail: all of it must roll back.
      const file = sampleFile({ ...sampleData(), progress: [progress('new-1'), progress('new-2')], sessions: [session('s1')] });
      await expect(applyImport(file, mode, T0 + 1)).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    } finally {
      restore();
    }
    expect(await dumpDatabase()).toBe(before);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('writes nothing and says why when the database is closed', async () => {
    await seed(sampleData());
    const before = await dumpDatabase();
    db.close();
    await expect(applyImport(sampleFile({ ...sampleData(), sessions: [session('s2')] }), 'merge', T0)).rejects.toMatchObject({
      name: 'StorageError',
    });
    await db.open();
    expect(await dumpDatabase()).toBe(before);
  });
});

type Json = Record<string, unknown>;
const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

/** Values that are wrong whatever the rest of the record says. */
const BAD_RECORD_VALUES: Record<string, [string, unknown[]][]> = {
  progress: [['key', [1, '', 'no-slash']], ['status', ['finished', null]], ['updatedAt', [-1, '1', 0.5, 1e20]], ['roadmapId', ['', 'x'.repeat(201)]]],
  notes: [['text', [null, 'x'.repeat(20_001)]], ['deletedAt', ['yes', -1]], ['itemId', ['a\nb', 3]]],
  evidence: [['url', ['javascript:alert(1)', 'data:text/html,hi', 'not a url', 5]]],
  sessions: [['day', ['2025-02-29', '2024-13-01', 20240101]], ['minutes', [0, 1441, 2.5, '30']], ['id', ['', 'a\u0000b']]],
  plans: [['plan', [null, [], {}]], ['roadmapId', [null, '']]],
  settings: [['value', [[], {}, 'x'.repeat(20_001)]], ['key', ['', null]]],
};
const BAD_HEADER_VALUES: [string, unknown[]][] = [
  ['app', ['other-app', null]],
  ['formatVersion', [2, 0, '1', 1.5]],
  ['exportedAt', [-1, 'now']],
  ['schemaVersion', [0, 2.5]],
  ['data', [null, [], 'data']],
];

type Mutation = (file: Json) => void;
const tablesOf = (file: Json) => file.data as Record<string, Json[]>;
/** Every backupDataArb(1) table has a record, so each mutation below always has a target. */
const mutationArb: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(7), fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(
  ([kind, t, r, f, b]): Mutation =>
    (file) => {
      const table = pick(BACKUP_TABLES, t);
      const record = pick(tablesOf(file)[table] ?? [], r);
      if (kind === 0) {
        const [field, bad] = pick(BAD_HEADER_VALUES, f);
        file[field] = pick(bad, b);
      } else if (kind === 1) {
        const [field, bad] = pick(BAD_RECORD_VALUES[table] ?? [], f);
        record[field] = pick(bad, b);
      } else if (kind === 2) delete record[pick(Object.keys(record), f)];
      else if (kind === 3) delete file[pick(Object.keys(file), f)];
      else if (kind === 4) delete (file.data as Json)[table];
      else if (kind === 5) {
        const key = pick(['__proto__', 'constructor', 'prototype'], f);
        Object.defineProperty(b % 2 ? file : record, key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      } else if (kind === 6) tablesOf(file)[table]?.push({ ...record });
      else record.nested = JSON.parse('['.repeat(40 + (b % 500)) + ']'.repeat(40 + (b % 500))) as unknown;
    },
);

const validTextArb = backupDataArb(1).map((data) => serializeBackup(sampleFile(data)));
/** Mutated backups, cut-off files and junk: none of them is a backup this app may read. */
const badFileArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(validTextArb, mutationArb).map(([text, mutate]) => {
    const json = JSON.parse(text) as Json;
    mutate(json);
    return JSON.stringify(json);
  }) },
  { weight: 2, arbitrary: fc.tuple(validTextArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([text, at]) =>
    text.slice(0, Math.floor(at * text.lastIndexOf('}'))),
  ) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json() },
);

describe('importing 1,000 generated bad files', () => {
  it('refuses every one and leaves the database byte-identical', async () => {
    await seed(sampleData());
    await db.userCards.put(userCard);
    const before = await dumpDatabase();
    await fc.assert(
      fc.asyncProperty(badFileArb, fc.constantFrom('merge' as const, 'replace' as const), async (text, mode) => {
        expect(parseBackupText(text).ok).toBe(false);
        const outcome = await importBackupText(text, mode, T0 + 1);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.error.length).toBeGreaterThan(10);
        expect(await dumpDatabase()).toBe(before);
      }),
      { numRuns: 1_000 },
    );
  }, 120_000);
});

describe('backup reminder', () => {
  const state = (over: Partial<Parameters<typeof isBackupReminderDue>[0]> = {}) => ({
    lastBackupAt: T0,
    lastChangeAt: T0 + DAY,
    dismissedAt: null,
    ...over,
  });
  const later = T0 + BACKUP_REMINDER_AFTER_MS + 1;

  it('is due when the last backup is over 14 days old and something changed since', () => {
    expect(isBackupReminderDue(state(), later)).toBe(true);
    expect(isBackupReminderDue(state(), T0 + BACKUP_REMINDER_AFTER_MS)).toBe(false);
  });
  it('is due when there was never a backup but there is progress', () => {
    expect(isBackupReminderDue(state({ lastBackupAt: null }), T0)).toBe(true);
    expect(isBackupReminderDue(state({ lastBackupAt: null, lastChangeAt: null }), T0)).toBe(false);
  });
  it('is not due when nothing changed since the last backup', () => {
    expect(isBackupReminderDue(state({ lastChangeAt: T0 }), later)).toBe(false);
  });
  it('stays hidden for 14 days after a dismissal, then comes back', () => {
    expect(isBackupReminderDue(state({ dismissedAt: later - 1 }), later)).toBe(false);
    expect(isBackupReminderDue(state({ dismissedAt: later - 1 }), later + BACKUP_REMINDER_AFTER_MS)).toBe(true);
  });

  it('reads the last change over data tables, not settings, and records backups and dismissals', async () => {
    await seed({ ...sampleData(), progress: [progress('g1', { updatedAt: T0 + 7 })], settings: [setting('theme', 'dark')] });
    expect(await readBackupState()).toEqual({ lastBackupAt: null, lastChangeAt: T0 + 7, dismissedAt: null });
    await recordBackupDone(T0 + 50);
    await dismissBackupReminder(T0 + 60);
    expect(await readBackupState()).toEqual({ lastBackupAt: T0 + 50, lastChangeAt: T0 + 7, dismissedAt: T0 + 60 });
    expect((await db.settings.get(LAST_BACKUP_SETTING))?.value).toBe(T0 + 50);
  });
});

it('lists every backed-up table in the export', async () => {
  const { file } = await exportBackup(T0);
  expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
});
