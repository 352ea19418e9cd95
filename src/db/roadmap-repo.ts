import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import { ACTIVE_ROADMAP_SETTING, rememberActiveRoadmapHint } from './queries';

export {
  ACTIVE_ROADMAP_SETTING,
  listStoredRoadmaps,
  readActiveRoadmapHint,
  readActiveRoadmapId,
  readStoredRoadmap,
  rememberActiveRoadmapHint,
} from './queries';

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
