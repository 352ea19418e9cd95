/**
 * The roadmap a command is about, as the person sees it: built-in or imported (its document parsed
 * again, loading the roadmap schema lazily), with their own items and hidden items applied.
 */
import { db } from './database';
import { builtInRoadmaps } from '../content/index';
import type { Roadmap } from '../content/types';
import { applyOverlay } from '../domain/overlay';

/** The roadmap with id `roadmapId`, or null when there is none (or its stored document no longer reads). */
export async function loadRoadmap(roadmapId: string): Promise<Roadmap | null> {
  const builtIn = builtInRoadmaps.find((roadmap) => roadmap.id === roadmapId);
  if (builtIn) return builtIn;
  const record = await db.roadmaps.get(roadmapId);
  if (!record || record.deletedAt !== null) return null;
  const { parseRoadmapDocument } = await import('../domain/roadmap-schema');
  const parsed = parseRoadmapDocument(record.roadmap);
  return parsed.ok ? parsed.roadmap : null;
}

/** The roadmap with the person's own items added and hidden built-in items removed. */
export async function loadOverlaidRoadmap(roadmapId: string): Promise<Roadmap | null> {
  const base = await loadRoadmap(roadmapId);
  if (!base) return null;
  const [customItems, overlays] = await db.transaction('r', [db.customItems, db.itemOverlays], () =>
    Promise.all([
      db.customItems.where('roadmapId').equals(roadmapId).toArray(),
      db.itemOverlays.where('roadmapId').equals(roadmapId).toArray(),
    ]),
  );
  return applyOverlay(
    base,
    customItems.filter((item) => item.deletedAt === null),
    overlays.filter((overlay) => overlay.deletedAt === null),
  ).roadmap;
}
