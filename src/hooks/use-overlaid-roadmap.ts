import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import { readOverlaySources } from '../db/custom-items-repo';
import { applyOverlay } from '../domain/overlay';

/**
 * The roadmap as the person sees it (own items added, hidden ones removed), without its progress:
 * for small always-on pieces of the shell (the app-icon badge) that need the phases' goals but not
 * a second read of every note. Undefined while loading; the roadmap as it is when storage fails.
 */
export function useOverlaidRoadmap(base: Roadmap): Roadmap | undefined {
  const sources = useLiveQuery(() => readOverlaySources(base.id).catch(() => null), [base.id]);
  return useMemo(() => {
    if (sources === undefined) return undefined;
    return sources ? applyOverlay(base, sources.customItems, sources.overlays).roadmap : base;
  }, [base, sources]);
}
