import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, db } from '../../../src/db/database';
import { openDatabase } from '../../../src/db/open-database';
import { setItemStatus } from '../../../src/db/progress-repo';

beforeEach(async () => {
  db.close();
  await Dexie.delete(DATABASE_NAME);
});

describe('opening the database next to other tabs', () => {
  it('a newer version opened in another tab closes this connection, says so, and later writes report it', async () => {
    const handlers = { onVersionChange: vi.fn(), onBlocked: vi.fn() };
    expect(await openDatabase(handlers)).toBeNull();
    await setItemStatus('r', 'a', 'done', 1);

    const newerTab = new Dexie(DATABASE_NAME);
    newerTab.version(CURRENT_SCHEMA_VERSION + 1).stores({
      progress: 'key, roadmapId, updatedAt',
      notes: 'key',
      evidence: 'key',
      sessions: 'id',
      plans: 'roadmapId',
      settings: 'key',
    });
    await newerTab.open();

    expect(handlers.onVersionChange).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(false);
    await expect(setItemStatus('r', 'b', 'done', 2)).rejects.toMatchObject({ name: 'StorageError', kind: 'version-change' });
    // Nothing was half-written: the newer tab sees exactly the one earlier tick.
    expect(await newerTab.table('progress').toArray()).toEqual([expect.objectContaining({ itemId: 'a', status: 'done' })]);
    newerTab.close();
  });

  it('an old tab that keeps an older version open blocks the upgrade; the app says so and continues once it closes', async () => {
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      // Dexie stores version n as IndexedDB version n × 10; this is a version-1 database.
      const request = indexedDB.open(DATABASE_NAME, 10);
      request.onupgradeneeded = () => request.result.createObjectStore('progress', { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // The old tab ignores versionchange, as an old version of an app might.
    oldTab.onversionchange = () => undefined;

    const handlers = { onVersionChange: vi.fn(), onBlocked: vi.fn() };
    const opening = openDatabase(handlers);
    await vi.waitFor(() => expect(handlers.onBlocked).toHaveBeenCalled());
    oldTab.close();
    expect(await opening).toBeNull();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
  });
});
