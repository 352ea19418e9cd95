import { lazy, Suspense, useRef, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { computeConsistency, heatmapCells } from '../../domain/study-stats';
import { formatDayLong } from '../../domain/calendar-day';
import { formatMinutes } from '../../domain/format';
import type { StudySessionRecord } from '../../domain/records';
import type { SessionFields } from '../../domain/schemas/session';
import { usePlan, useSessions } from '../../hooks/use-live-records';
import { useToday } from '../../hooks/use-today';
import { useCommand } from '../../hooks/use-command';
import { focusSoon } from '../../components/focus';
import { ConsistencyCard } from './consistency-card';
import { SessionForm } from '../../components/session-form';
import './study-log.css';

const HeatmapChart = lazy(() => import('../../components/charts/heatmap-chart').then((module) => ({ default: module.HeatmapChart })));

const VISIBLE_SESSIONS = 30;

/** Log study time and see consistency: weekly goal, four-week average, a 26-week heatmap. */
export function StudyLogView({ roadmap }: { roadmap: Roadmap }) {
  const sessions = useSessions(roadmap.id);
  const plan = usePlan(roadmap.id);
  const today = useToday();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<StudySessionRecord | null>(null);
  const [showAll, setShowAll] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const run = useCommand();

  if (!sessions || plan === undefined) return <p className="loading">Loading your study log…</p>;

  const consistency = computeConsistency(sessions, today, plan?.plan.hoursPerWeek ?? null);
  const itemTitle = (phaseId: string | null, itemId: string | null) => {
    const phase = roadmap.phases.find((candidate) => candidate.id === phaseId);
    if (!phase || !itemId) return null;
    if (phase.milestone.id === itemId) return 'the milestone';
    return (
      phase.goals.find((goal) => goal.id === itemId)?.text ?? phase.resources.find((resource) => resource.id === itemId)?.title ?? null
    );
  };
  const phaseTitle = (phaseId: string | null) => {
    const phase = roadmap.phases.find((candidate) => candidate.id === phaseId);
    return phase ? `Phase ${phase.number}: ${phase.title}` : null;
  };
  const visible = showAll ? sessions : sessions.slice(0, VISIBLE_SESSIONS);

  const remove = async (session: StudySessionRecord) => {
    if ((await run('session.delete', { id: session.id })).ok) {
      setDeleted(session);
      // The row and its buttons are gone: the way back is the Undo button.
      focusSoon(() => undoRef.current);
    }
  };

  const undoDelete = async (session: StudySessionRecord) => {
    if ((await run('session.restore', { id: session.id }, { success: 'Session restored' })).ok) {
      setDeleted(null);
      focusSoon(() => listRef.current?.querySelector<HTMLElement>(`[data-session="${session.id}"] button`));
    }
  };

  const editEnded = (sessionId: string) => {
    setEditingId(null);
    focusSoon(() => listRef.current?.querySelector<HTMLElement>(`[data-session="${sessionId}"] button`));
  };

  return (
    <div className="study-log">
      <p className="eyebrow">Study log</p>
      <h1>Log a study session</h1>
      <section className="card" aria-labelledby="log-form-title">
        <h2 id="log-form-title" className="visually-hidden">
          New session
        </h2>
        <SessionForm
          roadmap={roadmap}
          initial={{ day: today, minutes: 30, phaseId: null, itemId: null, note: '' }}
          submitLabel="Log session"
          onSave={(session) =>
            run(
              'session.add',
              { roadmapId: roadmap.id, session },
              { success: `Logged ${formatMinutes(session.minutes)} on ${formatDayLong(session.day)}`, isQuiet: true },
            )
          }
        />
      </section>

      <ConsistencyCard consistency={consistency} />

      <section className="card" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">Last 26 weeks</h2>
        <Suspense fallback={<p className="loading">Loading chart…</p>}>
          <HeatmapChart cells={heatmapCells(sessions, today)} />
        </Suspense>
      </section>

      <section className="card" aria-labelledby="sessions-title" ref={listRef}>
        <h2 id="sessions-title">Sessions</h2>
        {deleted && (
          <p className="undo" role="status">
            Deleted the session of {formatDayLong(deleted.day)}.{' '}
            <button ref={undoRef} type="button" className="link-button" onClick={() => void undoDelete(deleted)}>
              Undo
            </button>
          </p>
        )}
        {sessions.length === 0 ? (
          <p className="muted">No sessions yet. Log your first one above; even 15 minutes counts.</p>
        ) : (
          <ul className="sessions">
            {visible.map((session) =>
              editingId === session.id ? (
                <li key={session.id} className="sessions__item" data-session={session.id}>
                  <SessionForm
                    roadmap={roadmap}
                    initial={session}
                    submitLabel="Save session"
                    onCancel={() => editEnded(session.id)}
                    onSave={async (input: SessionFields) => {
                      const outcome = await run(
                        'session.update',
                        { id: session.id, session: input },
                        { success: 'Session updated', isQuiet: true },
                      );
                      if (outcome.ok) editEnded(session.id);
                      return outcome;
                    }}
                  />
                </li>
              ) : (
                <li key={session.id} className="sessions__item" data-session={session.id}>
                  <div>
                    <strong>{formatDayLong(session.day)}</strong> · {formatMinutes(session.minutes)}
                    {phaseTitle(session.phaseId) && <span className="muted"> · {phaseTitle(session.phaseId)}</span>}
                    {itemTitle(session.phaseId, session.itemId) && (
                      <span className="muted"> · on {itemTitle(session.phaseId, session.itemId)}</span>
                    )}
                    {session.note && (
                      <p className="sessions__note" dir="auto">
                        {session.note}
                      </p>
                    )}
                  </div>
                  <div className="sessions__actions">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit session of ${formatDayLong(session.day)}, ${formatMinutes(session.minutes)}`}
                      onClick={() => setEditingId(session.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Delete session of ${formatDayLong(session.day)}, ${formatMinutes(session.minutes)}`}
                      onClick={() => void remove(session)}
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ),
            )}
          </ul>
        )}
        {sessions.length > VISIBLE_SESSIONS && (
          <button type="button" className="button" onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Show fewer' : `Show all ${sessions.length} sessions`}
          </button>
        )}
      </section>
    </div>
  );
}
