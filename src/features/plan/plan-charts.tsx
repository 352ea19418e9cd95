import type { Roadmap } from '../../content/types';
import type { PlanOverview } from '../../domain/plan-overview';
import type { ProgressRecord } from '../../domain/records';

interface PlanChartsProps {
  roadmap: Roadmap;
  overview: PlanOverview;
  progress: ReadonlyMap<string, ProgressRecord>;
  today: string;
}

/** Timeline and burn-up (placeholder until the chart components land). */
export function PlanCharts(_props: PlanChartsProps) {
  return null;
}
