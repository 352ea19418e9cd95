import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import type { RoadmapState } from '../db/progress-repo';
import { applyOverlay, type OverlaidRoadmap } from '../domain/overlay';
import { useOverlaySources, useRoadmapState } from './use-live-records';

export interface RoadmapData extends OverlaidRoadmap {
  state: RoadmapState;
}

/**
 * The roadmap as the user sees it (own items added, hidden ones removed) together with its
 * progress, notes and evidence. Every part is its own shared live read, started together, so the
 * first checklist waits for one round of IndexedDB reads; a tick re-reads only the progress, and
 * the overlay is applied again only when own or hidden items change. Undefined while loading.
 */
export function useRoadmapData(base: Roadmap): RoadmapData | undefined {
  const overlay = useOverlaySources(base.id);
  const state = useRoadmapState(base.id);
  const overlaid = useMemo(() => (overlay ? applyOverlay(base, overlay.customItems, overlay.overlays) : undefined), [base, overlay]);
  return useMemo(() => (overlaid && state ? { ...overlaid, state } : undefined), [overlaid, state]);
}
