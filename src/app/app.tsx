import { lazy, Suspense, useEffect } from 'react';
import { healthcareAiRoadmap } from '../content/healthcare-ai-roadmap';
import { DashboardView } from '../features/dashboard/dashboard-view';
import { PhaseView } from '../features/phase/phase-view';
import { interceptLinkClicks, parseRoute, usePathname } from './router';
import { AppHeader } from './app-header';
import { StatusBanners } from './status-banners';
import { ToastRegion } from './toast-region';
import { StorageFooter } from './storage-footer';

const RoleView = lazy(() => import('../features/role/role-view').then((module) => ({ default: module.RoleView })));

const roadmap = healthcareAiRoadmap;

export function App() {
  const pathname = usePathname();
  const route = parseRoute(pathname);

  useEffect(() => {
    document.addEventListener('click', interceptLinkClicks);
    return () => document.removeEventListener('click', interceptLinkClicks);
  }, []);

  useEffect(() => {
    const phase = route.name === 'phase' ? roadmap.phases.find((candidate) => candidate.id === route.phaseId) : undefined;
    const titles: Record<string, string> = { dashboard: 'Dashboard', role: 'The role', plan: 'Plan', data: 'Your data' };
    const title = phase ? `Phase ${phase.number}: ${phase.title}` : (titles[route.name] ?? 'Not found');
    document.title = `${title} · Healthcare AI Roadmap Tracker`;
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader route={route} />
      <StatusBanners />
      <main id="main" className="main" tabIndex={-1}>
        <Suspense fallback={<p className="loading">Loading…</p>}>
          {route.name === 'dashboard' && <DashboardView roadmap={roadmap} />}
          {route.name === 'phase' && <PhaseView key={route.phaseId} roadmap={roadmap} phaseId={route.phaseId} />}
          {route.name === 'role' && <RoleView roadmap={roadmap} />}
          {(route.name === 'plan' || route.name === 'data') && <p>Coming soon.</p>}
          {route.name === 'not-found' && (
            <section aria-labelledby="missing-title">
              <h1 id="missing-title">Page not found</h1>
              <p>
                Nothing lives at {route.path}. <a href="/">Go to the dashboard</a>
              </p>
            </section>
          )}
        </Suspense>
      </main>
      <StorageFooter />
      <ToastRegion />
    </>
  );
}
