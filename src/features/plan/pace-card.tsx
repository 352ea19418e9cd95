import type { PlanOverview } from '../../domain/plan-overview';
import { formatDay, formatDays } from '../../domain/plan-overview';
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
        Projected finish at your pace of the last four weeks:{' '}
        <strong>{projected ? formatDay(projected.day) : NOT_ENOUGH_PROGRESS_MESSAGE}</strong>
      </p>
      <p className="muted">
        {buffer.days >= 0
          ? `${formatDays(buffer.days)} of buffer before the nine-month estimate (${formatDay(buffer.estimateEnd)}).`
          : `${formatDays(-buffer.days)} past the nine-month estimate (${formatDay(buffer.estimateEnd)}).`}
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
      <p className="muted small">Re-planning keeps every tick; it only moves the dates of the phases still ahead.</p>
    </section>
  );
}
