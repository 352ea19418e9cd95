import type { Roadmap } from '../../content/types';
import type { RoadmapState } from '../../db/progress-repo';
import { useMemo } from 'react';
import { selectToday, selectWeek } from '../../domain/today';
import { formatMinutes, plural } from '../../domain/format';
import { useCommand } from '../../hooks/use-command';
import { useDueSummary } from '../../hooks/use-practice-data';
import { usePlan, useSessions } from '../../hooks/use-live-records';
import { useStudyTimer } from '../../hooks/use-study-timer';
import { useToday } from '../../hooks/use-today';
import { ProgressRing } from '../../components/progress-ring';
import { focusSoon } from '../../components/focus';
import { TimerPanel } from './timer-panel';
import './today.css';

interface TodaySectionProps {
  /** The roadmap as the person sees it (own items in, hidden ones out). */
  roadmap: Roadmap;
  state: RoadmapState;
}

const NONE = { due: 0, fresh: 0 };

/** What to do today: the running timer, cards due, the next items of the current phase, this week against the goal. */
export function TodaySection({ roadmap, state }: TodaySectionProps) {
  const today = useToday();
  const sessions = useSessions(roadmap.id);
  const plan = usePlan(roadmap.id);
  const due = useDueSummary(roadmap);
  const { timer, elapsed } = useStudyTimer();
  const run = useCommand();

  // The week's minutes change with the sessions, not with a tick: kept between ticks.
  const thisWeek = useMemo(
    () => selectWeek({ roadmap, sessions: sessions ?? [], plan: plan?.plan ?? null, today }),
    [roadmap, sessions, plan, today],
  );
  const summary = selectToday({
    roadmap,
    customItems: [],
    overlays: [],
    progress: state.progress,
    cardsDue: due ?? NONE,
    sessions: sessions ?? [],
    plan: plan?.plan ?? null,
    today,
    week: thisWeek,
  });
  const { week, cards } = summary;

  const start = async (target: { roadmapId: string; phaseId: string; itemId: string | null }) => {
    const result = await run('timer.start', target);
    if (result.ok) focusSoon(() => document.querySelector<HTMLElement>('.timer__controls button'));
  };

  const weekLabel =
    week.goalMinutes === null
      ? `${formatMinutes(week.minutes)} studied this week`
      : `${formatMinutes(week.minutes)} of your ${formatMinutes(week.goalMinutes)} weekly goal`;

  return (
    <section className="card today" id="today" aria-labelledby="today-title">
      <h2 id="today-title" tabIndex={-1}>
        Today
      </h2>
      {timer && <TimerPanel roadmap={roadmap} timer={timer} elapsed={elapsed} />}

      <div className="today__facts">
        <div className="today__week">
          <ProgressRing percent={Math.round((week.fraction ?? 0) * 100)} size={64} label={`This week: ${weekLabel}`} />
          <p>
            <strong>This week</strong>
            <br />
            {weekLabel}
            {week.isGoalMet && ' · goal met'}
          </p>
        </div>
        <div className="today__cards">
          <p>
            <strong>Interview cards</strong>
            <br />
            {due === undefined
              ? 'Counting…'
              : cards.total === 0
                ? 'None due now'
                : `${plural(cards.total, 'card')} due${cards.fresh > 0 ? ` (${cards.fresh} new)` : ''} · about ${formatMinutes(cards.estimatedMinutes)}`}
          </p>
          <a className="button" href="/practice">
            {cards.total > 0 ? 'Practise now' : 'Practise'}
          </a>
        </div>
      </div>

      {summary.phase ? (
        <>
          <h3 className="today__next-title">
            Next in phase {summary.phase.number}: {summary.phase.title}
          </h3>
          <ul className="today__next">
            {summary.suggestions.map((suggestion) => (
              <li key={suggestion.itemId} className="today__item">
                <span>
                  {suggestion.kind === 'milestone' && <span className="item__eyebrow">Milestone: </span>}
                  {suggestion.text}
                  {suggestion.status === 'in-progress' && <span className="tag">In progress</span>}
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={Boolean(timer)}
                  aria-label={`Start studying: ${suggestion.text}`}
                  onClick={() => void start(suggestion.start)}
                >
                  Start studying
                </button>
              </li>
            ))}
          </ul>
          {!timer && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => void start({ roadmapId: roadmap.id, phaseId: summary.phase?.id ?? '', itemId: null })}
            >
              Start studying phase {summary.phase.number}
            </button>
          )}
        </>
      ) : (
        <p>Every phase is done. Practise interview questions to stay sharp.</p>
      )}
    </section>
  );
}
