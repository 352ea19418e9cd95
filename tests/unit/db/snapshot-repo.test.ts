import { legacyHlc } from '../../../src/domain/hlc';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { MAX_SNAPSHOTS, MAX_SNAPSHOT_TOTAL_BYTES, applyImport, readAllData, storeRestorePoint } from '../../../src/db/backup-repo';
import { listSnapshots, restoreSnapshot, takeDailySnapshotIfDue } from '../../../src/db/snapshot-repo';
import { setItemStatus } from '../../../src/db/progress-repo';
import { canonicalJson, serializeBackup, type BackupData } from '../../../src/domain/backup/backup-format';
import { progress, sampleData, sampleFile, storedRoadmap, userCard } from '../domain/backup/backup-fixtures';

/** Noon local time on day `n` of November 2026, so "a day" means the user's calendar day. */
const dayAt = (n: number, hour = 12): number => new Date(2026, 10, n, hour).getTime();

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

const dataNow = async (): Promise<string> => canonicalJson(await readAllData());

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('takeDailySnapshotIfDue', () => {
  it('takes one restore point a calendar day, however often the app starts', async () => {
    await seed(sampleData());
    expect(await takeDailySnapshotIfDue(dayAt(1, 8))).toMatchObject({ status: 'taken' });
    await setItemStatus('r1', 'g9', 'done', dayAt(1, 9));
    expect(await takeDailySnapshotIfDue(dayAt(1, 23))).toEqual({ status: 'not-due' });
    expect(await takeDailySnapshotIfDue(dayAt(2, 0))).toMatchObject({ status: 'taken' });
    const points = await listSnapshots();
    expect(points.map((p) => p.reason)).toEqual(['daily', 'daily']);
    expect(points[0]?.counts).toMatchObject({ progress: 3, notes: 1, sessions: 1, plans: 1, settings: 1 });
  });

  it('skips a day whose data equals the newest restore point, and an empty device', async () => {
    expect(await takeDailySnapshotIfDue(dayAt(1))).toEqual({ status: 'empty' });
    await seed(sampleData());
    await takeDailySnapshotIfDue(dayAt(1));
    expect(await takeDailySnapshotIfDue(dayAt(2))).toEqual({ status: 'unchanged' });
    expect(await db.snapshots.count()).toBe(1);
  });

  it('keeps at most seven restore points, dropping the oldest', async () => {
    await seed(sampleData());
    for (let day = 1; day <= 10; day += 1) {
      await setItemStatus('r1', `g-${day}`, 'done', dayAt(day, 8));
      expect(await takeDailySnapshotIfDue(dayAt(day))).toMatchObject({ status: 'taken' });
    }
    const points = await listSnapshots();
    expect(points).toHaveLength(MAX_SNAPSHOTS);
    expect(points.map((p) => p.createdAt)).toEqual([10, 9, 8, 7, 6, 5, 4].map((day) => dayAt(day)));
  });

  it('reports a full disk instead of throwing, and stores nothing', async () => {
    await seed(sampleData());
    const fail = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    db.snapshots.hook('creating', fail);
    try {
      const result = await takeDailySnapshotIfDue(dayAt(1));
      expect(result).toMatchObject({ status: 'failed', error: { kind: 'quota' } });
    } finally {
      db.snapshots.hook('creating').unsubscribe(fail);
    }
    expect(await db.snapshots.count()).toBe(0);
  });
});

describe('size bound', () => {
  const bigData = (): BackupData => ({
    ...sampleData(),
    notes: Array.from({ length: 1_400 }, (_, i) => ({
      key: `r1/n${i}`,
      roadmapId: 'r1',
      itemId: `n${i}`,
      text: 'x'.repeat(19_000),
      updatedAt: 1,
      deletedAt: null,
      hlc: legacyHlc(1),
      ancestors: [],
    })),
  });

  it(`skips a daily restore point larger than ${MAX_SNAPSHOT_TOTAL_BYTES / 1024 / 1024} MB but keeps one taken before an import`, async () => {
    const data = bigData();
    const skipped = await db.transaction('rw', db.snapshots, () => storeRestorePoint(data, 'daily', 1, { isRequired: false }));
    expect(skipped.status).toBe('too-large');
    await db.transaction('rw', db.snapshots, () => storeRestorePoint(sampleData(), 'daily', 2, { isRequired: false }));
    const kept = await db.transaction('rw', db.snapshots, () => storeRestorePoint(data, 'before-import', 3, { isRequired: true }));
    expect(kept).toMatchObject({ status: 'stored', removed: 1 });
    expect((await listSnapshots()).map((p) => p.createdAt)).toEqual([3]);
  });

  it('drops older restore points to stay under the total', async () => {
    const half = { ...bigData(), notes: bigData().notes.slice(0, 550) };
    for (const at of [1, 2, 3]) {
      await db.transaction('rw', db.snapshots, () => storeRestorePoint(half, 'daily', at, { isRequired: false }));
    }
    const points = await listSnapshots();
    expect(points.map((p) => p.createdAt)).toEqual([3, 2]);
    expect(points.reduce((sum, p) => sum + p.sizeBytes, 0)).toBeLessThanOrEqual(MAX_SNAPSHOT_TOTAL_BYTES);
  });
});

describe('restoreSnapshot', () => {
  it('brings back the data of a restore point, and the restore can itself be undone', async () => {
    await seed(sampleData());
    const original = await dataNow();
    await applyImport(sampleFile({ ...sampleData(), progress: [progress('from-file')] }), 'replace', dayAt(3));
    const afterImport = await dataNow();
    expect(afterImport).not.toBe(original);

    const [beforeImport] = await listSnapshots();
    expect(beforeImport?.reason).toBe('before-import');
    const restored = await restoreSnapshot(beforeImport!.id, dayAt(4));
    expect(await dataNow()).toBe(original);
    expect(restored.replace).toMatchObject({ added: 2, removed: 1 });

    const [undo] = await listSnapshots();
    expect(undo).toMatchObject({ id: restored.restorePointId, reason: 'before-restore' });
    await restoreSnapshot(undo!.id, dayAt(5));
    expect(await dataNow()).toBe(afterImport);
  });

  it('keeps flashcards, own items and imported roadmaps in restore points', async () => {
    await seed(sampleData());
    await db.transaction('rw', [db.userCards, db.roadmaps], async () => {
      await db.userCards.put(userCard('uc-1'));
      await db.roadmaps.put(storedRoadmap('imported-1'));
    });
    const original = await dataNow();
    await takeDailySnapshotIfDue(dayAt(1));
    expect((await listSnapshots())[0]?.counts).toMatchObject({ progress: 2, userCards: 1, roadmaps: 1, reviews: 0 });
    await db.userCards.clear();
    const [point] = await listSnapshots();
    await restoreSnapshot(point!.id, dayAt(2));
    expect(await dataNow()).toBe(original);
  });

  it('lists and restores a restore point written in format 1 (no format-2 tables)', async () => {
    const json = JSON.parse(serializeBackup(sampleFile())) as { formatVersion: number; data: Record<string, unknown> };
    json.formatVersion = 1;
    for (const table of ['userCards', 'reviews', 'customItems', 'itemOverlays', 'roadmaps']) delete json.data[table];
    const text = JSON.stringify(json);
    const id = await db.snapshots.add({ createdAt: dayAt(1), reason: 'daily', sizeBytes: text.length, data: text });
    expect((await listSnapshots())[0]?.counts).toMatchObject({ progress: 2, userCards: 0, roadmaps: 0 });
    await db.userCards.put(userCard('uc-1'));
    await restoreSnapshot(id!, dayAt(2));
    expect((await readAllData()).progress).toHaveLength(2);
    expect(await db.userCards.count()).toBe(0);
  });

  it('refuses a missing or damaged restore point and changes nothing', async () => {
    await seed(sampleData());
    const before = await dataNow();
    await expect(restoreSnapshot(999, dayAt(1))).rejects.toThrow(/no longer exists/);
    const id = await db.snapshots.add({ createdAt: dayAt(1), reason: 'daily', sizeBytes: 5, data: '{"app"' });
    await expect(restoreSnapshot(id!, dayAt(2))).rejects.toThrow(/cannot be read/);
    expect(await dataNow()).toBe(before);
    expect(await db.snapshots.count()).toBe(1);
  });

  it('rolls back the restore and its own restore point when a write fails', async () => {
    await seed(sampleData());
    await takeDailySnapshotIfDue(dayAt(1));
    await setItemStatus('r1', 'later', 'done', dayAt(1, 13));
    const before = await dataNow();
    const [point] = await listSnapshots();
    const fail = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    db.settings.hook('creating', fail);
    try {
      await expect(restoreSnapshot(point!.id, dayAt(2))).rejects.toMatchObject({ kind: 'quota' });
    } finally {
      db.settings.hook('creating').unsubscribe(fail);
    }
    expect(await dataNow()).toBe(before);
    expect(await db.snapshots.count()).toBe(1);
  });
});
