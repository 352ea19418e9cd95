import { useMemo } from 'react';
import type { Roadmap } from '../content/types';
import { applyOverlay } from '../domain/overlay';
import { useOverlaySources } from './use-live-records';

/**
 * The roadmap as the person sees it (own items added, hidden ones removed), without its progress:
 * for small always-on pieces of the shell (the app-icon badge). It shares the overlay read with
 * the views. Undefined while loading; the roadmap as it is when storage fails.
 */
export function useOverlaidRoadmap(base: Roadmap): Roadmap | undefined {
  const sources = useOverlaySources(base.id);
  return useMemo(() => (sources ? applyOverlay(base, sources.customItems, sources.overlays).roadmap : undefined), [base, sources]);
}
