import type { Roadmap } from '../../content/types';
import { BurnupChart } from '../../components/charts/burnup-chart';
import { TimelineChart, type TimelinePhase } from '../../components/charts/timeline-chart';
import { computeBurnup } from '../../domain/burnup';
import type { PlanOverview } from '../../domain/plan-overview';
import { localDayOf } from '../../domain/calendar-day';
import { listPhaseChecklist } from '../../domain/progress';
import type { ProgressRecord } from '../../domain/records';

interface PlanChartsProps {
  roadmap: Roadmap;
  overview: PlanOverview;
  progress: ReadonlyMap<string, ProgressRecord>;
  today: string;
}

/** The timeline of phases with today and the milestones, and planned against actual items done. */
export function PlanCharts({ roadmap, overview, progress, today }: PlanChartsProps) {
  const phases: TimelinePhase[] = overview.schedule.flatMap((window, index) => {
    const phase = roadmap.phases[index];
    const count = overview.counts[index];
    if (!phase) return [];
    return [
      {
        ...window,
        number: phase.number,
        title: phase.title,
        isComplete: count ? count.done >= count.total : false,
        milestoneDone: progress.get(phase.milestone.id)?.status === 'done',
      },
    ];
  });
  const completions = roadmap.phases.flatMap((phase) =>
    listPhaseChecklist(phase).flatMap((item) => {
      const record = progress.get(item.id);
      return record?.status === 'done' && record.doneAt !== null ? [{ day: localDayOf(record.doneAt) }] : [];
    }),
  );
  const burnup = computeBurnup({
    schedule: overview.schedule,
    itemsPerPhase: overview.counts.map(({ phaseId, total }) => ({ phaseId, total })),
    completions,
    today,
  });
  return (
    <>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        <TimelineChart phases={phases} today={today} estimateEnd={overview.buffer.estimateEnd} />
      </section>
      <section className="card" aria-labelledby="burnup-title">
        <h2 id="burnup-title">Planned and done</h2>
        <BurnupChart data={burnup} today={today} />
      </section>
    </>
  );
}
