/**
 * Live reads the features share, gathered here so that no component queries the database itself.
 * Each returns undefined while loading and re-renders on every committed change (in this tab and
 * in others: Dexie broadcasts changes).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listStoredRoadmaps } from '../db/roadmap-repo';
import { readSearchSources, type SearchSourceRecords } from '../db/search-repo';
import type { StoredRoadmapRecord } from '../domain/records';

export function useStoredRoadmaps(): StoredRoadmapRecord[] | undefined {
  return useLiveQuery(() => listStoredRoadmaps(), []);
}

export function useSearchSources(roadmapId: string): SearchSourceRecords | undefined {
  return useLiveQuery(() => readSearchSources(roadmapId), [roadmapId]);
}
