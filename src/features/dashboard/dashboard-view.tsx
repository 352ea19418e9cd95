import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Phase, Roadmap } from '../../content/types';
import { computeRoadmapProgress, listPhaseChecklist, statusOf, type TrackedItem } from '../../domain/progress';
import type { RoadmapState } from '../../db/progress-repo';
import { ChecklistItem } from '../../components/checklist-item';
import { toOtherNoteVersions } from '../../components/note-editor';
import { ProgressRing } from '../../components/progress-ring';
import { ProgressBar } from '../../components/progress-bar';
import { useItemActions } from '../../hooks/use-item-actions';
import { findRetiredItemIds, type HiddenItem } from '../../domain/overlay';
import { RetiredItems } from './retired-items';

interface DashboardViewProps {
  roadmap: Roadmap;
  /** Plan and pace summary, supplied by the app shell. */
  planSummary?: ReactNode;
  /** What to do today (timer, cards due, next items), supplied by the app shell; shown first. */
  today?: ReactNode;
  /** Further cards from other features (e.g. interview cards due), shown after the phases. */
  extras?: ReactNode;
  /** Progress, notes and evidence of the roadmap (read once by the shell, with the roadmap). */
  state: RoadmapState;
  /** Built-in items the user hid (not retired, just out of view). */
  hidden?: readonly HiddenItem[];
}

const WINDOW_LIMIT = 12;
const NO_HIDDEN: readonly HiddenItem[] = [];

/** Index of the first item that is neither done nor skipped (0 when there is none). */
function findFirstOpenIndex(items: TrackedItem[], state: RoadmapState): number {
  const index = items.findIndex((item) => {
    const status = statusOf(state.progress, item.id);
    return status === 'not-started' || status === 'in-progress';
  });
  return Math.max(0, index);
}

interface PhaseRowProps {
  phase: Phase;
  isCurrent: boolean;
  done: number;
  total: number;
  percent: number;
  isComplete: boolean;
}

/** One phase of "All phases"; plain values as props, so a tick re-renders only its own phase's row. */
const PhaseRow = memo(function PhaseRow({ phase, isCurrent, done, total, percent, isComplete }: PhaseRowProps) {
  return (
    <li className={isCurrent ? 'phase-list__item is-current' : 'phase-list__item'}>
      <a href={`/phase/${phase.id}`} className="phase-list__link">
        <span className="phase-list__title">
          <span className="phase-list__number">Phase {phase.number}</span> {phase.title}
        </span>
        <span className="phase-list__meta">
          {done} of {total} done · {percent}% · {phase.weeks} weeks
          {isComplete ? ' · complete' : ''}
        </span>
        <ProgressBar percent={percent} />
      </a>
    </li>
  );
});

/** Where am I, what is next, am I on pace: the first screen. */
export function DashboardView({ roadmap, state, planSummary, today, extras, hidden = NO_HIDDEN }: DashboardViewProps) {
  const [showAll, setShowAll] = useState(false);
  // Where a long phase's window starts, fixed for the phase while the dashboard is open, so an item
  // ticked here stays in view instead of sliding away under the person's finger.
  const [windowStart, setWindowStart] = useState<{ phaseId: string; index: number } | null>(null);
  const actions = useItemActions(roadmap.id);
  // What is below the fold (plan, all phases, reminders, retired items) renders in a second,
  // interruptible pass, so the checklist is on screen one long task sooner. Nothing above it moves.
  const isBelowTheFoldShown = useDeferredValue(true, false);

  const summary = computeRoadmapProgress(roadmap, state.progress);
  const current = roadmap.phases.find((phase) => phase.id === summary.currentPhaseId);
  const currentProgress = summary.phases.find((phase) => phase.phaseId === summary.currentPhaseId);
  const checklist = current ? listPhaseChecklist(current) : [];
  // A long phase shows its next few open items first; the whole list is one tap away.
  const isWindowed = checklist.length > WINDOW_LIMIT && !showAll;
  const freshStart = current
    ? { phaseId: current.id, index: Math.min(findFirstOpenIndex(checklist, state), Math.max(0, checklist.length - WINDOW_LIMIT)) }
    : null;
  // A new current phase: adjust the remembered start while rendering (React's pattern for derived state).
  if (freshStart && windowStart?.phaseId !== freshStart.phaseId) setWindowStart(freshStart);
  const start = (windowStart?.phaseId === freshStart?.phaseId ? windowStart?.index : freshStart?.index) ?? 0;
  const visibleItems = isWindowed ? checklist.slice(start, start + WINDOW_LIMIT) : checklist;
  const hiddenCount = checklist.length - visibleItems.length;
  const retired = useMemo(
    () => findRetiredItemIds(roadmap, hidden, new Set([...state.progress.keys(), ...state.notes.keys()])),
    [roadmap, hidden, state.progress, state.notes],
  );

  return (
    <div className="dashboard">
      <h1 className="visually-hidden">Dashboard</h1>
      {/* At laptop width Today and the current phase sit side by side. */}
      <div className="dashboard__top">
        <div className="dashboard__today">{today}</div>
        <div className="dashboard__main">
          <section className="card overview" aria-labelledby="overall-title">
            <ProgressRing
              percent={summary.overall.percent}
              size={96}
              label={`Overall ${summary.overall.percent}% done: ${summary.overall.done} of ${summary.overall.total} items`}
            />
            <div>
              <h2 id="overall-title">{roadmap.title}</h2>
              <p className="overview__counts">
                <strong>{summary.overall.done}</strong> of {summary.overall.total} goals and milestones done
                {summary.overall.skipped > 0 && ` · ${summary.overall.skipped} skipped`}
                {summary.overall.inProgress > 0 && ` · ${summary.overall.inProgress} in progress`}
              </p>
              {!current && <p>Every phase is complete. Well done.</p>}
            </div>
          </section>

          {current && currentProgress && (
            <section className="card" aria-labelledby="current-title">
              <p className="eyebrow">
                Current phase · {currentProgress.done} of {currentProgress.total} done
              </p>
              <h2 id="current-title">
                Phase {current.number}: {current.title}
              </h2>
              {summary.nextUp && (
                <p className="next-up">
                  <span className="next-up__label">Next up:</span> {summary.nextUp.text}
                </p>
              )}
              <ul className="checklist" aria-label="Current phase checklist">
                {visibleItems.map((item) => (
                  <ChecklistItem
                    key={item.id}
                    itemId={item.id}
                    text={item.text}
                    eyebrow={item.kind === 'milestone' ? 'Milestone' : undefined}
                    status={statusOf(state.progress, item.id)}
                    note={state.notes.get(item.id)?.text ?? ''}
                    noteStamp={state.notes.get(item.id)?.hlc ?? null}
                    otherNoteVersions={toOtherNoteVersions(state.noteVersions.get(item.id))}
                    onNoteVersionResolve={actions.resolveNoteVersion}
                    onStatusChange={actions.setStatus}
                    onNoteSave={actions.saveNote}
                  />
                ))}
              </ul>
              <div className="button-row">
                {hiddenCount > 0 && (
                  <button type="button" className="button" onClick={() => setShowAll(true)}>
                    Show all {checklist.length} items of this phase
                  </button>
                )}
                <a className="button" href={`/phase/${current.id}`}>
                  Open phase {current.number} with its resources
                </a>
              </div>
            </section>
          )}
        </div>
      </div>

      {isBelowTheFoldShown && (
        <>
          {planSummary}

          <section className="card" aria-labelledby="phases-title">
            <h2 id="phases-title">All phases</h2>
            <ol className="phase-list">
              {roadmap.phases.map((phase, index) => {
                const progress = summary.phases[index];
                if (!progress) return null;
                return (
                  <PhaseRow
                    key={phase.id}
                    phase={phase}
                    isCurrent={phase.id === summary.currentPhaseId}
                    done={progress.done}
                    total={progress.total}
                    percent={progress.percent}
                    isComplete={progress.isComplete}
                  />
                );
              })}
            </ol>
            <p className="muted">
              <a href="/report">Progress report to print, save as PDF or share</a>
            </p>
            <p className="muted">
              <a href="/roadmaps">Switch roadmap, or track credentials and master’s admission</a>
            </p>
          </section>

          {extras}

          <RetiredItems roadmapId={roadmap.id} itemIds={retired} state={state} />
        </>
      )}
    </div>
  );
}
