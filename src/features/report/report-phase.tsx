import { formatDayCount, formatDayMedium } from '../../domain/calendar-day';
import { formatHours, PHASE_STATUS_LABELS, type ReportPhase } from '../../domain/progress-report';

function describeCounts(phase: ReportPhase): string {
  const { done, total, skipped } = phase.progress;
  return `${done} of ${total} done${skipped > 0 ? ` (${skipped} skipped)` : ''}`;
}

/** One phase of the report: dates, status, hours, and what was done with its evidence. */
export function ReportPhaseSection({ phase, hasPlan }: { phase: ReportPhase; hasPlan: boolean }) {
  const titleId = `report-phase-${phase.id}`;
  return (
    <section className="report-phase" aria-labelledby={titleId} data-phase-status={phase.status}>
      <h3 id={titleId} className="report-phase__title">
        Phase {phase.number}: {phase.title}
        {phase.isCurrent && <span className="tag tag--accent report-phase__now">Current phase</span>}
      </h3>
      <dl className="report-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <strong>{PHASE_STATUS_LABELS[phase.status]}</strong> · {describeCounts(phase)} · {phase.progress.percent}%
          </dd>
        </div>
        {hasPlan && (
          <div>
            <dt>Planned</dt>
            <dd>
              {phase.window
                ? `${formatDayMedium(phase.window.start)} – ${formatDayMedium(phase.window.end)} (${formatDayCount(phase.window.days)})`
                : 'Not on the plan'}
            </dd>
          </div>
        )}
        <div>
          <dt>Studied</dt>
          <dd>{formatHours(phase.minutes)}</dd>
        </div>
      </dl>
      {phase.items.length > 0 ? (
        <ul className="report-items">
          {phase.items.map((item) => (
            <li key={item.id} className={`report-item report-item--${item.status}`}>
              <span className="report-item__status">{item.status === 'done' ? 'Done' : 'Skipped'}</span>
              <div>
                {item.kind === 'milestone' && <strong>Milestone: </strong>}
                {item.text}
                {item.evidenceUrl && (
                  <p className="report-item__evidence">
                    Evidence:{' '}
                    <a href={item.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      {item.evidenceUrl}
                    </a>
                  </p>
                )}
                {item.note && (
                  <p className="report-note" dir="auto">
                    <span className="report-note__label">Note: </span>
                    {item.note}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing done in this phase yet.</p>
      )}
      {phase.otherNotes.length > 0 && (
        <>
          <h4 className="report-phase__subtitle">Other notes in this phase</h4>
          <ul className="report-items">
            {phase.otherNotes.map((note) => (
              <li key={note.itemId} className="report-item">
                {note.label}
                <p className="report-note" dir="auto">
                  {note.note}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
