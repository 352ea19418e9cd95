import fc from 'fast-check';
import { legacyHlc } from '../../../src/domain/hlc';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import {
  APP_VERSION,
  LAST_BACKUP_SETTING,
  applyImport,
  exportBackup,
  importBackupText,
  previewImport,
  readAllData,
  readBackupState,
  recordBackupDone,
  dismissBackupReminder,
  BackupExportError,
  withoutDeviceSettings,
} from '../../../src/db/backup-repo';
import { dumpDatabase, seed } from './backup-test-helpers';
import { listSnapshots } from '../../../src/db/snapshot-repo';
import {
  BACKUP_TABLES,
  FORMAT_1_TABLES,
  buildBackup,
  canonicalJson,
  serializeBackup,
  type BackupData,
} from '../../../src/domain/backup/backup-format';
import { parseBackupText } from '../../../src/domain/backup/parse-backup';
import {
  T0,
  customItem,
  itemOverlay,
  note,
  progress,
  review,
  sampleData,
  sampleDataV2,
  sampleFile,
  session,
  setting,
  storedRoadmap,
  userCard,
} from '../domain/backup/backup-fixtures';
import { backupDataArb } from '../domain/backup/backup-arbitraries';

/** The same data written by format 1: six tables, formatVersion 1. */
function format1Text(data: BackupData): string {
  const json = JSON.parse(serializeBackup(sampleFile(data))) as { formatVersion: number; data: Record<string, unknown> };
  json.formatVersion = 1;
  for (const table of BACKUP_TABLES) if (!FORMAT_1_TABLES.includes(table)) delete json.data[table];
  return JSON.stringify(json);
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
    expect(file).toMatchObject({ appVersion: APP_VERSION, schemaVersion: 3, exportedAt: T0 + 5, formatVersion: 3 });
    expect(text).toBe(serializeBackup(file));
    const parsed = parseBackupText(text);
    const expected = withoutDeviceSettings(sampleData());
    expect(expected.settings.map((s) => s.key)).toEqual(['theme']);
    expect(parsed.ok && canonicalJson(parsed.file.data)).toBe(
      canonicalJson(buildBackup(expected, { appVersion: '', schemaVersion: 2, now: 0 }).data),
    );
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

  it('still exports when one stored record would not import again: that record goes under needsAttention, named as the person knows it', async () => {
    await seed(sampleData());
    await db.evidence.put({
      key: 'r1/m1',
      roadmapId: 'r1',
      itemId: 'm1',
      url: 'javascript:alert(1)',
      updatedAt: T0,
      deletedAt: null,
      hlc: legacyHlc(T0),
    });
    const { file, text } = await exportBackup(T0);
    expect(file.data.evidence).toEqual([]);
    expect(file.data.progress).toHaveLength(sampleData().progress.length);
    expect(file.needsAttention).toEqual([expect.objectContaining({ id: 'evidence:r1/m1', table: 'evidence' })]);
    expect(file.needsAttention[0]?.problem).toMatch(/^The evidence link of “m1” cannot be used: The link should be an http/);
    expect(file.needsAttention[0]?.problem).not.toMatch(/evidence\[0\]/);
    // The file imports again, and brings the record that needs attention with it.
    const parsed = parseBackupText(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.needsAttention).toHaveLength(1);
    expect(BackupExportError).toBeDefined();
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

  it('restores flashcards, reviews, own items, hidden items and imported roadmaps', async () => {
    await seed(sampleDataV2());
    const before = await readAllData();
    expect(before.reviews).toHaveLength(2);
    const { file, text } = await exportBackup(T0 + 1);
    expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
    await db.delete();
    await db.open();
    const outcome = await importBackupText(text, 'merge', T0 + 2);
    expect(outcome).toMatchObject({ ok: true, result: { written: 14 } });
    expect(canonicalJson(await readAllData())).toBe(canonicalJson(before));
    expect(await db.userCards.get('uc-1')).toEqual(userCard('uc-1'));
    expect(await db.reviews.get('r1/uc-1')).toEqual(review('uc-1'));
    expect(await db.customItems.get('own-1')).toEqual(customItem('own-1'));
    expect(await db.itemOverlays.get('r1/g2')).toEqual(itemOverlay('g2'));
    expect(await db.roadmaps.get('imported-1')).toEqual(storedRoadmap('imported-1'));
  });

  it('still imports a format-1 file, keeping the newer tables on merge', async () => {
    await seed({ ...sampleData(), progress: [], userCards: [userCard('uc-1')] });
    const outcome = await importBackupText(format1Text(sampleData()), 'merge', T0 + 1);
    expect(outcome).toMatchObject({ ok: true, result: { written: 2 } });
    expect((await readAllData()).progress).toHaveLength(2);
    expect(await db.userCards.get('uc-1')).toEqual(userCard('uc-1'));
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
  }, 60_000);
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
  it('makes every backed-up table exactly the file, the format-2 tables too', async () => {
    await seed({ ...sampleData(), progress: [progress('only-here', { updatedAt: T0 + 99 })], userCards: [userCard('card-1')] });
    const file = sampleFile({ ...sampleDataV2(), userCards: [] });
    const preview = await previewImport(file, T0);
    // Removed: the progress and the card only here. Added: 2 progress + 2 reviews, 2 own items, 1 overlay, 1 roadmap.
    expect(preview.replace).toMatchObject({ removed: 2, added: 8, newerHereLost: 0 });
    expect(preview).toMatchObject({ localRecords: 7, fileRecords: 13 });

    const result = await applyImport(file, 'replace', T0 + 100);
    expect(canonicalJson(await readAllData())).toBe(canonicalJson(withoutDeviceSettings(file.data)));
    expect(await db.userCards.count()).toBe(0);
    expect(await db.roadmaps.get('imported-1')).toEqual(storedRoadmap('imported-1'));
    const [point] = await listSnapshots();
    expect(point).toMatchObject({ id: result.restorePointId, reason: 'before-import', createdAt: T0 + 100 });
    expect(point?.counts).toMatchObject({ progress: 1, userCards: 1, reviews: 0, roadmaps: 0 });
  });

  it('empties the format-2 tables when replacing with a format-1 file (the restore point keeps them)', async () => {
    await seed(sampleDataV2());
    const outcome = await importBackupText(format1Text(sampleData()), 'replace', T0 + 1);
    expect(outcome).toMatchObject({ ok: true, result: { replace: { removed: 7 } } });
    expect(await db.reviews.count()).toBe(0);
    expect((await listSnapshots())[0]?.counts).toMatchObject({ userCards: 1, reviews: 2, customItems: 2, itemOverlays: 1, roadmaps: 1 });
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
    await expect(applyImport(forged, 'replace', T0)).rejects.toThrow(
      /^Nothing was imported: The evidence link of “m1” cannot be used: The link should be an http/,
    );
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

it('lists every backed-up table in the export', async () => {
  const { file } = await exportBackup(T0);
  expect(Object.keys(file.data)).toEqual([...BACKUP_TABLES]);
});
