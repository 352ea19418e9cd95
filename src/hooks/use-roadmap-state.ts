import { useLiveQuery } from 'dexie-react-hooks';
import { EMPTY_ROADMAP_STATE, readRoadmapState, type RoadmapState } from '../db/progress-repo';
import { classifyStorageError } from '../db/storage-errors';
import { useUiStore } from '../store/ui-store';

const NOTHING_STORED: RoadmapState = EMPTY_ROADMAP_STATE;

/**
 * Live progress, notes and evidence of a roadmap. Re-renders on every committed change,
 * in this tab and in other tabs (Dexie broadcasts changes). Undefined while loading.
 * With no usable storage at all (private mode, disabled), the roadmap still shows, with nothing
 * ticked; the storage banner explains why, and every write reports that it was not saved.
 */
export function useRoadmapState(roadmapId: string): RoadmapState | undefined {
  // With no IndexedDB at all a live query never answers, so the known failure short-cuts it.
  const isUnavailable = useUiStore((state) => state.storage.state === 'unavailable');
  const live = useLiveQuery(
    () =>
      readRoadmapState(roadmapId).catch((error: unknown) => {
        if (classifyStorageError(error).kind === 'unavailable') return NOTHING_STORED;
        throw error;
      }),
    [roadmapId],
  );
  return isUnavailable ? (live ?? NOTHING_STORED) : live;
}
