import { lazy, Suspense, useState } from 'react';
import type { Roadmap } from '../../content/types';
import type { RoadmapState } from '../../db/progress-repo';
import { formatDayLong, formatDayMedium } from '../../domain/calendar-day';
import { composeProgressReport, DEFAULT_REPORT_OPTIONS, formatHours, type ReportOptions } from '../../domain/progress-report';
import { heatmapCells } from '../../domain/study-stats';
import { ProgressRing } from '../../components/progress-ring';
import { usePlan, useSessions } from '../../hooks/use-live-records';
import { useToday } from '../../hooks/use-today';
import { ProgressCardSection } from './progress-card-section';
import { ReportOptionsForm } from './report-options';
import { ReportPhaseSection } from './report-phase';
import './report.css';

const HeatmapChart = lazy(() => import('../../components/charts/heatmap-chart').then((module) => ({ default: module.HeatmapChart })));

/**
 * A progress report to print or save as PDF (the browser's print dialog), made only from what is
 * stored on this device; and a progress card picture to share.
 */
export function ReportView({ roadmap, state }: { roadmap: Roadmap; state: RoadmapState }) {
  const sessions = useSessions(roadmap.id);
  const plan = usePlan(roadmap.id);
  const today = useToday();
  const [options, setOptions] = useState<ReportOptions>(DEFAULT_REPORT_OPTIONS);
  if (!sessions || plan === undefined) return <p className="loading">Loading your report…</p>;

  const report = composeProgressReport({
    roadmap,
    progress: state.progress,
    notes: state.notes,
    evidence: state.evidence,
    sessions,
    plan: plan?.plan ?? null,
    today,
    options,
  });
  const { overall } = report;

  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__header">
        <p className="eyebrow">Progress report</p>
        <h1 id="report-title">{report.title}</h1>
        <p className="report__date">Report of {formatDayLong(report.day)}, made from the records on this device.</p>
      </header>

      <section className="card report-controls" aria-labelledby="report-controls-title">
        <h2 id="report-controls-title">Print or save this report</h2>
        <ReportOptionsForm options={options} onChange={setOptions} />
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
        <p className="muted report-small">
          To keep a file, choose “Save as PDF” as the printer. The report is made on this device and works offline.
        </p>
      </section>

      <section className="report-section report-summary" aria-labelledby="report-overall-title">
        <h2 id="report-overall-title">Overall progress</h2>
        <div className="report-summary__body">
          <ProgressRing percent={overall.percent} size={88} label={`Overall ${overall.percent}% done`} />
          <ul className="report-summary__facts">
            <li>
              <strong>
                {overall.done} of {overall.total}
              </strong>{' '}
              goals and milestones done
              {overall.inProgress > 0 && ` · ${overall.inProgress} in progress`}
              {overall.skipped > 0 && ` · ${overall.skipped} skipped`}
            </li>
            <li>
              <strong>{formatHours(report.totalMinutes)}</strong> studied in all
            </li>
            <li>
              {report.plan ? (
                <>
                  Planned from {formatDayMedium(report.plan.start)} to {formatDayMedium(report.plan.end)}
                </>
              ) : (
                'No study plan with dates has been set.'
              )}
            </li>
          </ul>
        </div>
      </section>

      <section className="report-section" aria-labelledby="report-phases-title">
        <h2 id="report-phases-title">Phases</h2>
        {report.phases.map((phase) => (
          <ReportPhaseSection key={phase.id} phase={phase} hasPlan={report.plan !== null} />
        ))}
      </section>

      <section className="report-section report-hours" aria-labelledby="report-hours-title">
        <h2 id="report-hours-title">Hours studied per phase</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Hours studied</th>
            </tr>
          </thead>
          <tbody>
            {report.phases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row">
                  Phase {phase.number}: {phase.title}
                </th>
                <td>{formatHours(phase.minutes)}</td>
              </tr>
            ))}
            {report.minutesWithoutPhase > 0 && (
              <tr>
                <th scope="row">Not tied to a phase</th>
                <td>{formatHours(report.minutesWithoutPhase)}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All study</th>
              <td>{formatHours(report.totalMinutes)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      {options.includeHeatmap && (
        <section className="report-section report-heatmap" aria-labelledby="report-heatmap-title">
          <h2 id="report-heatmap-title">Study log, last 26 weeks</h2>
          <Suspense fallback={<p className="loading">Loading chart…</p>}>
            <HeatmapChart cells={heatmapCells(sessions, today)} />
          </Suspense>
        </section>
      )}

      <ProgressCardSection roadmap={roadmap} state={state} sessions={sessions} today={today} />
    </article>
  );
}
