import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import { readOverlaySources } from '../db/custom-items-repo';
import { applyOverlay, type OverlaidRoadmap } from '../domain/overlay';

/** The roadmap with the user's own items added and hidden items removed; undefined while loading. */
export function useOverlaidRoadmap(base: Roadmap): OverlaidRoadmap | undefined {
  const sources = useLiveQuery(() => readOverlaySources(base.id), [base.id]);
  return useMemo(() => (sources ? applyOverlay(base, sources.customItems, sources.overlays) : undefined), [base, sources]);
}
