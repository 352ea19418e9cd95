import type { Roadmap } from '../content/types';
import { computePace, computeItemWeights, describePace, projectFinish, type Completion, type Pace, type ProjectedFinish } from './pace';
import {
  computeBuffer,
  computeSchedule,
  locateToday,
  type PhaseDoneCounts,
  type PhaseWindow,
  type PlanBuffer,
  type TodayLocation,
} from './plan';
import { computeRoadmapProgress, listPhaseChecklist } from './progress';
import type { Plan, ProgressRecord } from './records';
import { localDayOf } from './calendar-day';

export interface PlanOverview {
  schedule: PhaseWindow[];
  location: TodayLocation;
  buffer: PlanBuffer;
  pace: Pace;
  paceText: string;
  projected: ProjectedFinish | null;
  counts: PhaseDoneCounts[];
}

/** Everything the plan screens show, computed once from the plan, progress and today. */
export function computePlanOverview(
  roadmap: Roadmap,
  plan: Plan,
  progress: ReadonlyMap<string, Pick<ProgressRecord, 'status' | 'doneAt'>>,
  today: string,
  estimateMonths: number = roadmap.role.monthsToJobReady || 9,
): PlanOverview {
  const schedule = computeSchedule(roadmap.phases, plan);
  const summary = computeRoadmapProgress(roadmap, progress);
  const counts: PhaseDoneCounts[] = summary.phases.map(({ phaseId, done, total }) => ({ phaseId, done, total }));
  const pace = computePace(schedule, counts, today);
  const weights = computeItemWeights(counts, schedule);
  const completions: Completion[] = [];
  let remainingWeight = 0;
  for (const phase of roadmap.phases) {
    const weight = weights.get(phase.id) ?? 0;
    for (const item of listPhaseChecklist(phase)) {
      const record = progress.get(item.id);
      if (record?.status === 'done' && record.doneAt !== null) completions.push({ day: localDayOf(record.doneAt), weight });
      else if (record?.status !== 'done' && record?.status !== 'skipped') remainingWeight += weight;
    }
  }
  return {
    schedule,
    location: locateToday(schedule, today),
    buffer: computeBuffer(plan.startDate, schedule, estimateMonths),
    pace,
    paceText: describePace(pace),
    projected: projectFinish(completions, remainingWeight, today),
    counts,
  };
}
