import { lazy, Suspense, useEffect } from 'react';
import { useActiveRoadmap } from '../hooks/use-active-roadmap';
import { healthcareAiRoadmap } from '../content/healthcare-ai-roadmap';
import { useRoadmapData } from '../hooks/use-roadmap-data';
import { useSyncScheduler } from '../hooks/use-sync-scheduler';
import { DashboardView } from '../features/dashboard/dashboard-view';
import { BackupReminder } from '../features/data/backup-reminder';
import { TodaySection } from '../features/today/today-section';
import { interceptLinkClicks, parseRoute, usePathname, type Route } from './router';
import type { Roadmap } from '../content/types';
import { AppHeader } from './app-header';
import { StatusBanners } from './status-banners';
import { TimerBar } from './timer-bar';
import { ToastRegion } from './toast-region';
import { StorageFooter } from './storage-footer';
import { ErrorBoundary } from './error-boundary';
import { FirstViewLoading, PRERENDERED_ROUTES, useIsHydrating, type PrerenderedView } from './first-view';

// The first view is the dashboard; a phase page loads its code when opened (precached for offline use).
const PhaseView = lazy(() => import('../features/phase/phase-view').then((module) => ({ default: module.PhaseView })));
// Neither is part of the first view: the badge sits on the app icon, the hint shows in iOS Safari tabs only.
const AppBadge = lazy(() => import('./app-badge').then((module) => ({ default: module.AppBadge })));
const HomeScreenHint = lazy(() => import('./home-screen-hint').then((module) => ({ default: module.HomeScreenHint })));
const PlanSummary = lazy(() => import('../features/plan/plan-summary').then((module) => ({ default: module.PlanSummary })));
const PlanView = lazy(() => import('../features/plan/plan-view').then((module) => ({ default: module.PlanView })));
const StudyLogView = lazy(() => import('../features/study-log/study-log-view').then((module) => ({ default: module.StudyLogView })));
const PracticeView = lazy(() => import('../features/practice/practice-view').then((module) => ({ default: module.PracticeView })));
const DataView = lazy(() => import('../features/data/data-view').then((module) => ({ default: module.DataView })));
const SearchView = lazy(() => import('../features/search/search-view').then((module) => ({ default: module.SearchView })));
const RoadmapsView = lazy(() => import('../features/roadmaps/roadmaps-view').then((module) => ({ default: module.RoadmapsView })));
const ReportView = lazy(() => import('../features/report/report-view').then((module) => ({ default: module.ReportView })));
const RoleView = lazy(() => import('../features/role/role-view').then((module) => ({ default: module.RoleView })));
const SyncView = lazy(() => import('../features/sync/sync-view').then((module) => ({ default: module.SyncView })));

function RouteView({ route, base }: { route: Route; base: Roadmap }) {
  const data = useRoadmapData(base);
  if (!data) return route.name === 'dashboard' ? <FirstViewLoading roadmap={base} /> : <p className="loading">Loading your progress…</p>;
  const { roadmap, hidden, state } = data;
  switch (route.name) {
    case 'dashboard':
      return (
        <DashboardView
          roadmap={roadmap}
          state={state}
          hidden={hidden}
          today={<TodaySection roadmap={roadmap} state={state} />}
          planSummary={
            <Suspense fallback={<section className="card plan-summary" aria-hidden="true" />}>
              <PlanSummary roadmap={roadmap} state={state} />
            </Suspense>
          }
          extras={
            <>
              <BackupReminder />
            </>
          }
        />
      );
    case 'phase':
      return <PhaseView key={route.phaseId} roadmap={roadmap} state={state} phaseId={route.phaseId} hidden={hidden} />;
    case 'role':
      return <RoleView roadmap={roadmap} />;
    case 'plan':
      return <PlanView roadmap={roadmap} />;
    case 'log':
      return <StudyLogView roadmap={roadmap} />;
    case 'practice':
      return <PracticeView roadmap={roadmap} />;
    case 'data':
      return <DataView roadmap={roadmap} />;
    case 'search':
      return <SearchView roadmap={roadmap} />;
    case 'roadmaps':
      return <RoadmapsView activeRoadmapId={base.id} />;
    case 'report':
      return <ReportView roadmap={roadmap} state={state} />;
    case 'sync':
      return <SyncView />;
    case 'not-found':
      return (
        <section aria-labelledby="missing-title">
          <h1 id="missing-title">Page not found</h1>
          <p>
            Nothing lives at {route.path}. <a href="/">Go to the dashboard</a>
          </p>
        </section>
      );
  }
}

/** `prerendered`: the view the build put into the HTML that is being hydrated (src/app/first-view.tsx). */
export function App({ prerendered }: { prerendered?: PrerenderedView | undefined }) {
  // While hydrating, render exactly what the build rendered (the default roadmap, nothing known
  // yet); the address and the followed roadmap take over in the render right after.
  const hydratingAs = useIsHydrating() ? prerendered : undefined;
  const pathname = usePathname();
  const route = hydratingAs ? PRERENDERED_ROUTES[hydratingAs] : parseRoute(pathname);
  const active = useActiveRoadmap();
  const roadmap = hydratingAs ? healthcareAiRoadmap : active.state === 'loading' ? null : active.roadmap;
  // Syncs in the background while sync is set up (the sync code loads only then).
  useSyncScheduler();

  useEffect(() => {
    document.addEventListener('click', interceptLinkClicks);
    return () => document.removeEventListener('click', interceptLinkClicks);
  }, []);

  const phase = route.name === 'phase' ? roadmap?.phases.find((candidate) => candidate.id === route.phaseId) : undefined;
  const titles: Record<string, string> = {
    dashboard: 'Dashboard',
    role: 'The role',
    plan: 'Plan',
    log: 'Study log',
    practice: 'Interview practice',
    data: 'Your data',
    search: 'Search',
    roadmaps: 'Roadmaps',
    report: 'Progress report',
    sync: 'Sync',
  };
  const title = phase ? `Phase ${phase.number}: ${phase.title}` : (titles[route.name] ?? 'Not found');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} />
      <StatusBanners />
      <TimerBar title={title} isHome={route.name === 'dashboard'} />
      {/* These two read the browser (user agent, display mode) as they render: not while hydrating
          the HTML the build prerendered without one; they appear in the render right after. */}
      {!hydratingAs && (
        <Suspense fallback={null}>
          <HomeScreenHint />
        </Suspense>
      )}
      <main id="main" className="main" tabIndex={-1}>
        {!hydratingAs && active.state === 'invalid' && (
          <p className="banner banner--error" role="alert">
            The imported roadmap you were following can no longer be read ({active.error}). Showing the built-in roadmap; your progress on
            both is kept.
          </p>
        )}
        <ErrorBoundary resetKey={pathname}>
          {roadmap ? (
            <Suspense fallback={<p className="loading">Loading…</p>}>
              {/* Keyed by roadmap so a switch never shows one roadmap with another's progress. */}
              <RouteView key={roadmap.id} route={route} base={roadmap} />
            </Suspense>
          ) : route.name === 'dashboard' ? (
            // An imported roadmap is still being read and checked: keep the first view's skeleton.
            <FirstViewLoading roadmap={healthcareAiRoadmap} />
          ) : (
            <p className="loading">Loading your roadmap…</p>
          )}
        </ErrorBoundary>
      </main>
      {!hydratingAs && <StorageFooter />}
      <ToastRegion />
      {roadmap && !hydratingAs && (
        <Suspense fallback={null}>
          <AppBadge base={roadmap} />
        </Suspense>
      )}
    </>
  );
}
