import { db } from './database';
import { guardStorage } from './storage-errors';
import type { StoredRoadmapRecord } from '../domain/records';

export const ACTIVE_ROADMAP_SETTING = 'activeRoadmapId';

/** The id of the roadmap the user is following, or undefined for the default one. */
export async function readActiveRoadmapId(): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_ROADMAP_SETTING);
  return typeof setting?.value === 'string' ? setting.value : undefined;
}

export async function setActiveRoadmapId(roadmapId: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() => db.settings.put({ key: ACTIVE_ROADMAP_SETTING, value: roadmapId, updatedAt: now }));
  rememberActiveRoadmapHint(roadmapId);
}

const HINT_KEY = 'roadmap-tracker.active-roadmap';

/**
 * A synchronous hint of the followed roadmap, so the first view can start reading progress
 * before the settings read answers. IndexedDB stays the truth; the hint is only a guess.
 */
export function readActiveRoadmapHint(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(HINT_KEY);
  } catch {
    return null;
  }
}

export function rememberActiveRoadmapHint(roadmapId: string): void {
  try {
    if (typeof localStorage !== 'undefined' && localStorage.getItem(HINT_KEY) !== roadmapId) localStorage.setItem(HINT_KEY, roadmapId);
  } catch {
    // Storage blocked: the hint is an optimisation only.
  }
}

export async function readStoredRoadmap(roadmapId: string): Promise<StoredRoadmapRecord | undefined> {
  const record = await db.roadmaps.get(roadmapId);
  return record && record.deletedAt === null ? record : undefined;
}

/** Imported roadmaps, without their (possibly large) documents' details resolved. */
export async function listStoredRoadmaps(): Promise<StoredRoadmapRecord[]> {
  return (await db.roadmaps.toArray()).filter((record) => record.deletedAt === null);
}

/** Stores a validated roadmap document; importing the same id again replaces its content, keeping progress. */
export async function saveStoredRoadmap(roadmapId: string, document: unknown, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.roadmaps, async () => {
      const existing = await db.roadmaps.get(roadmapId);
      await db.roadmaps.put({
        id: roadmapId,
        roadmap: document,
        importedAt: existing?.importedAt ?? now,
        updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
        deletedAt: null,
      });
    }),
  );
}

/** Removes an imported roadmap (tombstone). Its progress stays, so importing it again restores everything. */
export async function removeStoredRoadmap(roadmapId: string, now: number = Date.now()): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.roadmaps, db.settings, async () => {
      const existing = await db.roadmaps.get(roadmapId);
      if (!existing) return;
      const updatedAt = Math.max(now, existing.updatedAt + 1);
      await db.roadmaps.put({ ...existing, updatedAt, deletedAt: updatedAt });
      const active = await db.settings.get(ACTIVE_ROADMAP_SETTING);
      if (active?.value === roadmapId) await db.settings.delete(ACTIVE_ROADMAP_SETTING);
    }),
  );
}
