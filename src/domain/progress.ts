import type { ItemKind, Phase, Roadmap } from '../content/types';
import type { ItemStatus, ProgressRecord } from './records';

/**
 * Progress counts goals and milestones: they are what the roadmap asks the learner to achieve.
 * Resources are tracked as "studied" separately, since reading every resource is optional.
 * Skipped items leave the denominator.
 */
export interface ProgressCount {
  done: number;
  /** Items that count: everything except skipped. */
  total: number;
  inProgress: number;
  skipped: number;
  /** 0–100, whole number; 100 when nothing is left to count. */
  percent: number;
}

export interface PhaseProgress extends ProgressCount {
  phaseId: string;
  resourcesStudied: number;
  resourcesTotal: number;
  isComplete: boolean;
}

export interface TrackedItem {
  id: string;
  kind: ItemKind;
  text: string;
  phaseId: string;
}

export type StatusLookup = ReadonlyMap<string, Pick<ProgressRecord, 'status'>>;

export function statusOf(progress: StatusLookup, itemId: string): ItemStatus {
  return progress.get(itemId)?.status ?? 'not-started';
}

/** Goals then the milestone: the checklist of a phase, in order. */
export function listPhaseChecklist(phase: Phase): TrackedItem[] {
  return [
    ...phase.goals.map((goal) => ({ id: goal.id, kind: 'goal' as const, text: goal.text, phaseId: phase.id })),
    { id: phase.milestone.id, kind: 'milestone' as const, text: phase.milestone.text, phaseId: phase.id },
  ];
}

function toPercent(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done / total) * 100);
}

export function countStatuses(itemIds: readonly string[], progress: StatusLookup): ProgressCount {
  let done = 0;
  let inProgress = 0;
  let skipped = 0;
  for (const id of itemIds) {
    const status = statusOf(progress, id);
    if (status === 'done') done += 1;
    else if (status === 'in-progress') inProgress += 1;
    else if (status === 'skipped') skipped += 1;
  }
  const total = itemIds.length - skipped;
  return { done, total, inProgress, skipped, percent: toPercent(done, total) };
}

export function computePhaseProgress(phase: Phase, progress: StatusLookup): PhaseProgress {
  const counts = countStatuses(
    listPhaseChecklist(phase).map((item) => item.id),
    progress,
  );
  const resourcesStudied = phase.resources.filter((resource) => statusOf(progress, resource.id) === 'done').length;
  return {
    ...counts,
    phaseId: phase.id,
    resourcesStudied,
    resourcesTotal: phase.resources.length,
    isComplete: counts.done === counts.total,
  };
}

export interface RoadmapProgress {
  overall: ProgressCount;
  phases: PhaseProgress[];
  /** The first phase with unfinished items; null when everything is done or skipped. */
  currentPhaseId: string | null;
  /** The first unfinished (not done, not skipped) item of the current phase. */
  nextUp: TrackedItem | null;
}

/** One pass over the roadmap: linear in the number of items. */
export function computeRoadmapProgress(roadmap: Roadmap, progress: StatusLookup): RoadmapProgress {
  const phases = roadmap.phases.map((phase) => computePhaseProgress(phase, progress));
  const overall = phases.reduce(
    (sum, phase) => ({
      done: sum.done + phase.done,
      total: sum.total + phase.total,
      inProgress: sum.inProgress + phase.inProgress,
      skipped: sum.skipped + phase.skipped,
      percent: 0,
    }),
    { done: 0, total: 0, inProgress: 0, skipped: 0, percent: 0 },
  );
  overall.percent = toPercent(overall.done, overall.total);
  const currentIndex = phases.findIndex((phase) => !phase.isComplete);
  const currentPhase = currentIndex >= 0 ? roadmap.phases[currentIndex] : undefined;
  return {
    overall,
    phases,
    currentPhaseId: currentPhase?.id ?? null,
    nextUp: currentPhase ? findNextUp(currentPhase, progress) : null,
  };
}

/** The first item of a phase's checklist that is neither done nor skipped. */
export function findNextUp(phase: Phase, progress: StatusLookup): TrackedItem | null {
  return (
    listPhaseChecklist(phase).find((item) => {
      const status = statusOf(progress, item.id);
      return status === 'not-started' || status === 'in-progress';
    }) ?? null
  );
}

export const STATUS_LABELS: Record<ItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};
