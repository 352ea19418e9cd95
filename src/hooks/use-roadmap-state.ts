import { useLiveQuery } from 'dexie-react-hooks';
import { readRoadmapState, type RoadmapState } from '../db/progress-repo';

/**
 * Live progress, notes and evidence of a roadmap. Re-renders on every committed change,
 * in this tab and in other tabs (Dexie broadcasts changes). Undefined while loading.
 */
export function useRoadmapState(roadmapId: string): RoadmapState | undefined {
  return useLiveQuery(() => readRoadmapState(roadmapId), [roadmapId]);
}
