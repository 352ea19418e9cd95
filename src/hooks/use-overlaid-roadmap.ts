import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import { readOverlaySources } from '../db/custom-items-repo';
import { applyOverlay, type OverlaidRoadmap } from '../domain/overlay';
import { useUiStore } from '../store/ui-store';

const NO_OVERLAY = { customItems: [], overlays: [] };

/** The roadmap with the user's own items added and hidden items removed; undefined while loading. */
export function useOverlaidRoadmap(base: Roadmap): OverlaidRoadmap | undefined {
  // Without usable storage there is no overlay to read: the built-in roadmap shows as it is.
  const live = useLiveQuery(() => readOverlaySources(base.id).catch(() => NO_OVERLAY), [base.id]);
  // With no IndexedDB at all a live query never answers: there is simply no overlay.
  const isUnavailable = useUiStore((state) => state.storage.state === 'unavailable');
  const sources = live ?? (isUnavailable ? NO_OVERLAY : undefined);
  return useMemo(() => (sources ? applyOverlay(base, sources.customItems, sources.overlays) : undefined), [base, sources]);
}
