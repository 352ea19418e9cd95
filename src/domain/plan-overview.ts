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

export interface PlanOverview {
  schedule: PhaseWindow[];
  location: TodayLocation;
  buffer: PlanBuffer;
  pace: Pace;
  paceText: string;
  projected: ProjectedFinish | null;
  counts: PhaseDoneCounts[];
}

/** Converts an instant to the calendar day it fell on where the user is now. */
export function toLocalDay(epochMs: number): string {
  const date = new Date(epochMs);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
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
      if (record?.status === 'done' && record.doneAt !== null) completions.push({ day: toLocalDay(record.doneAt), weight });
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

const DAY_FORMAT = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const SHORT_FORMAT = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });

function toDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, date ?? 1);
}

/** "Mon 5 Jan 2026" for a `yyyy-MM-dd` day, without any time-zone shift. */
export function formatDay(day: string): string {
  return DAY_FORMAT.format(toDate(day));
}

/** "5 Jan" for a `yyyy-MM-dd` day. */
export function formatShortDay(day: string): string {
  return SHORT_FORMAT.format(toDate(day));
}

export function formatDays(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}
