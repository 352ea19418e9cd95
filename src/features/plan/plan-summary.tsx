import type { Roadmap } from '../../content/types';
import { computePlanOverview } from '../../domain/plan-overview';
import { usePlan } from '../../hooks/use-live-records';
import type { RoadmapState } from '../../db/progress-repo';
import { useToday } from '../../hooks/use-today';
import { describeLocation } from './where-am-i';

/** The dashboard's answer to "where am I on the calendar, and am I on pace?". */
export function PlanSummary({ roadmap, state }: { roadmap: Roadmap; state: RoadmapState }) {
  const record = usePlan(roadmap.id);
  const today = useToday();
  if (record === undefined) return <section className="card plan-summary" aria-hidden="true" />;
  if (record === null) {
    return (
      <section className="card plan-summary" aria-labelledby="plan-summary-title">
        <h2 id="plan-summary-title">Set your dates</h2>
        <p>Add a start date to see which week you are in, your phase deadlines, and whether you are on pace.</p>
        <a className="button button--primary" href="/plan">
          Plan my dates
        </a>
      </section>
    );
  }
  const overview = computePlanOverview(roadmap, record.plan, state.progress, today);
  const where = describeLocation(roadmap, overview.location);
  return (
    <section className="card plan-summary" aria-labelledby="plan-summary-title">
      <p className="eyebrow">Plan</p>
      <h2 id="plan-summary-title">{where.headline}</h2>
      <p>
        <strong className={`pace-text pace-text--${overview.pace.status}`}>{overview.paceText}</strong> · {where.detail}
      </p>
      <a href="/plan">Dates, pace and charts</a>
    </section>
  );
}
