import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import type { StoredRoadmapRecord } from '../domain/records';

export const ACTIVE_ROADMAP_SETTING = 'activeRoadmapId';

/** The id of the roadmap the user is following, or undefined for the default one. */
export async function readActiveRoadmapId(): Promise<string | undefined> {
  const setting = await db.settings.get(ACTIVE_ROADMAP_SETTING);
  return setting?.deletedAt === null && typeof setting.value === 'string' ? setting.value : undefined;
}

export async function setActiveRoadmapId(roadmapId: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.settings], async () => {
    const existing = await db.settings.get(ACTIVE_ROADMAP_SETTING);
    if (existing?.deletedAt === null && existing.value === roadmapId) return;
    await db.settings.put({
      key: ACTIVE_ROADMAP_SETTING,
      value: roadmapId,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    });
  });
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

/** Stores a validated roadmap document (checked by the command roadmap.import); importing the same id again replaces its content, keeping progress. */
export async function saveStoredRoadmap(roadmapId: string, document: unknown, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.roadmaps], async () => {
    const existing = await db.roadmaps.get(roadmapId);
    await db.roadmaps.put({
      id: roadmapId,
      roadmap: document,
      importedAt: existing?.deletedAt === null ? existing.importedAt : now,
      updatedAt: nextUpdatedAt(now, existing?.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    });
  });
}

/** Removes an imported roadmap (tombstone). Its progress stays, so importing it again restores everything. */
export async function removeStoredRoadmap(roadmapId: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.roadmaps, db.settings], async () => {
    const existing = await db.roadmaps.get(roadmapId);
    if (!existing || existing.deletedAt !== null) return;
    const updatedAt = nextUpdatedAt(now, existing.updatedAt);
    await db.roadmaps.put({ ...existing, updatedAt, deletedAt: updatedAt, hlc: await nextStamp(now) });
    const active = await db.settings.get(ACTIVE_ROADMAP_SETTING);
    if (active?.deletedAt === null && active.value === roadmapId) {
      const removedAt = nextUpdatedAt(now, active.updatedAt);
      await db.settings.put({ ...active, updatedAt: removedAt, deletedAt: removedAt, hlc: await nextStamp(now) });
    }
  });
}
