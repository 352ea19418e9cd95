import type { PlanOverview } from '../../domain/plan-overview';
import { formatDayCount, formatDayLong, formatDayMedium } from '../../domain/calendar-day';
import { NOT_ENOUGH_PROGRESS_MESSAGE } from '../../domain/pace';

interface PaceCardProps {
  overview: PlanOverview;
  canUndo: boolean;
  onReplan: () => void;
  onUndo: () => void;
}

const PACE_ICONS: Record<PlanOverview['pace']['status'], string> = {
  'not-started': '○',
  'on-track': '✓',
  ahead: '▲',
  behind: '▼',
  finished: '★',
};

/** Am I on pace, when will I finish at this rate, and a one-tap re-plan. */
export function PaceCard({ overview, canUndo, onReplan, onUndo }: PaceCardProps) {
  const { pace, paceText, projected, buffer } = overview;
  const isBehind = pace.status === 'behind';
  return (
    <section className="card" aria-labelledby="pace-title">
      <h2 id="pace-title">Pace</h2>
      <p className={`pace pace--${pace.status}`}>
        <span aria-hidden="true" className="pace__icon">
          {PACE_ICONS[pace.status]}
        </span>{' '}
        <strong>{paceText}</strong>
      </p>
      <p>
        At your pace of the last four weeks you would finish on{' '}
        <strong>{projected ? formatDayLong(projected.day) : NOT_ENOUGH_PROGRESS_MESSAGE}</strong>
      </p>
      <p className="muted">
        {buffer.days >= 0
          ? `Your plan itself ends ${formatDayCount(buffer.days)} before the roadmap’s time estimate (${formatDayMedium(buffer.estimateEnd)}).`
          : `Your plan itself ends ${formatDayCount(-buffer.days)} after the roadmap’s time estimate (${formatDayMedium(buffer.estimateEnd)}).`}
      </p>
      <div className="button-row">
        <button type="button" className={isBehind ? 'button button--primary' : 'button'} onClick={onReplan}>
          Re-plan from today
        </button>
        {canUndo && (
          <button type="button" className="button" onClick={onUndo}>
            Undo last plan change
          </button>
        )}
      </div>
      <p className="muted small">
        Re-planning keeps every tick: it moves the current phase so that today matches how far you are in it, and shifts the phases after
        it. You can undo it.
      </p>
    </section>
  );
}
