import { memo, Suspense, useSyncExternalStore } from 'react';
import type { Roadmap } from '../content/types';
import type { RoadmapState } from '../db/progress-repo';
import { DashboardView } from '../features/dashboard/dashboard-view';
import { TodaySection } from '../features/today/today-section';
import { prefetchActiveRoadmap } from '../hooks/use-active-roadmap';
import type { Route } from './router';

/**
 * What the build prerendered into the HTML (scripts/prerender-plugin.ts): `home` is index.html,
 * served for `/`, with the dashboard's layout; `shell` is shell.html, served for every other
 * address, with only the header and a loading line, so a deep link never flashes the dashboard.
 */
export type PrerenderedView = 'home' | 'shell';

/** The route each prerendered view was rendered for; the shell's matches no navigation link. */
export const PRERENDERED_ROUTES: Record<PrerenderedView, Route> = {
  home: { name: 'dashboard' },
  shell: { name: 'not-found', path: '' },
};

/**
 * Starts the reads every view of the followed roadmap needs, before the page hydrates (main.tsx
 * calls it first thing), so the stored state is on its way while React builds the first view.
 */
export function startFirstViewReads(): void {
  prefetchActiveRoadmap();
}

/** Which view the build prerendered into `container`, if any (`data-prerender` on the root element). */
export function readPrerenderedView(container: HTMLElement): PrerenderedView | undefined {
  const view = container.dataset.prerender;
  return view === 'home' || view === 'shell' ? view : undefined;
}

const subscribeToNothing = () => () => undefined;

/**
 * True while rendering on the server and while hydrating its HTML, false in every later render:
 * React renders with the server snapshot during hydration, then at once with the client one.
 * That lets the first client render match the prerendered HTML exactly (no hydration mismatch)
 * before it shows what the address and the device's storage call for.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}

const NOTHING_STORED: RoadmapState = { progress: new Map(), notes: new Map(), evidence: new Map(), noteVersions: new Map() };
const PLAN_PLACEHOLDER = <section className="card plan-summary" aria-hidden="true" />;

/**
 * The dashboard while the saved progress is read: the first-run dashboard of the roadmap, made
 * inert and hidden from assistive technology (the status line speaks for it) and drawn as a
 * skeleton (styles.css, "First view"): its text is invisible, its checkboxes and statuses are
 * blank, so no tick and no count is ever shown before it is known. It keeps the real titles and
 * line breaks, so the boxes have the size the dashboard will have and nothing moves when the
 * progress arrives on a first visit. The status line says what is happening.
 *
 * The skeleton sits in its own Suspense boundary and the component is memoised: React then leaves
 * the prerendered skeleton as it is instead of hydrating it (a finished boundary is hydrated
 * later, at the lowest priority, and only if nothing replaced it first), so no script time is
 * spent on markup that the dashboard replaces as soon as the progress arrives.
 */
export const FirstViewLoading = memo(function FirstViewLoading({ roadmap }: { roadmap: Roadmap }) {
  return (
    <div className="first-view">
      <p className="first-view__status" role="status">
        Loading your progress…
      </p>
      <Suspense fallback={null}>
        {/* inert: nothing in it can be clicked or focused; aria-hidden as well, for tools and
            assistive technology that do not know inert yet. */}
        <div className="first-view__skeleton" inert aria-hidden="true">
          <DashboardView
            roadmap={roadmap}
            state={NOTHING_STORED}
            today={<TodaySection roadmap={roadmap} state={NOTHING_STORED} />}
            planSummary={PLAN_PLACEHOLDER}
          />
        </div>
      </Suspense>
    </div>
  );
});
