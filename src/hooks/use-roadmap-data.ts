import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import { readOverlaySources } from '../db/custom-items-repo';
import { EMPTY_ROADMAP_STATE, readRoadmapState, type RoadmapState } from '../db/progress-repo';
import { classifyStorageError } from '../db/storage-errors';
import { applyOverlay, type OverlaidRoadmap } from '../domain/overlay';
import { useUiStore } from '../store/ui-store';

const NO_OVERLAY = { customItems: [], overlays: [] };
const NOTHING_STORED: RoadmapState = EMPTY_ROADMAP_STATE;
/** What shows without usable storage: the roadmap as it is, nothing stored (one object, so memos hold). */
const UNAVAILABLE = [NO_OVERLAY, NOTHING_STORED] as const;

export interface RoadmapData extends OverlaidRoadmap {
  state: RoadmapState;
}

/**
 * The roadmap as the user sees it (own items added, hidden ones removed) together with its
 * progress, notes and evidence, read in ONE live query: the first checklist waits for a single
 * IndexedDB round trip instead of two in a row. Undefined while loading.
 */
export function useRoadmapData(base: Roadmap): RoadmapData | undefined {
  const live = useLiveQuery(
    () =>
      Promise.all([
        // Without usable storage there is no overlay and nothing stored: the roadmap shows as it is.
        readOverlaySources(base.id).catch(() => NO_OVERLAY),
        readRoadmapState(base.id).catch((error: unknown) => {
          if (classifyStorageError(error).kind === 'unavailable') return NOTHING_STORED;
          throw error;
        }),
      ]),
    [base.id],
  );
  // With no IndexedDB at all a live query never answers, so the known failure short-cuts it.
  const isUnavailable = useUiStore((state) => state.storage.state === 'unavailable');
  const sources = live ?? (isUnavailable ? UNAVAILABLE : undefined);
  return useMemo(() => {
    if (!sources) return undefined;
    const [overlay, state] = sources;
    return { ...applyOverlay(base, overlay.customItems, overlay.overlays), state };
  }, [base, sources]);
}
