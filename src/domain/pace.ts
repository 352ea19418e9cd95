/**
 * Pace: how much of the roadmap should be done by today against how much is done, and a
 * projected finish from recent progress. Every phase is weighted by its length in days, so a
 * six-week phase counts one and a half times a four-week phase.
 */
import { addDaysToDay, countDaysBetween, countScheduleDays, isPhaseComplete } from './plan';
import type { PhaseDoneCounts, PhaseWindow } from './plan';

/** Within this many days of the expected position counts as on track. */
export const ON_TRACK_TOLERANCE_DAYS = 1;

/** Shown instead of a date when `projectFinish` returns null. */
export const NOT_ENOUGH_PROGRESS_MESSAGE = 'Not enough recent progress to project a finish date.';

/** Projections further out than this (ten years) are reported as not enough progress. */
export const MAX_PROJECTION_DAYS = 3650;

export type PaceStatus = 'not-started' | 'on-track' | 'ahead' | 'behind' | 'finished';

export interface Pace {
  status: PaceStatus;
  /** (actual − expected) × total plan days, rounded half away from zero; > 0 = ahead. */
  days: number;
}

/**
 * Fraction (0–1) of the roadmap that should be done by the *start* of today: only days before
 * today count as elapsed, so you are not behind on today's work while today is still going.
 * Σ (elapsed in phase / phase days) × (phase days / total days) simplifies to
 * elapsed days / total days, which is computed directly to avoid rounding drift.
 */
export function computeExpectedFraction(schedule: readonly PhaseWindow[], today: string): number {
  const first = schedule[0];
  const totalDays = countScheduleDays(schedule);
  if (first === undefined || totalDays <= 0) return 0;
  const elapsed = Math.min(Math.max(countDaysBetween(first.start, today), 0), totalDays);
  return elapsed / totalDays;
}

function computePhaseFraction(progress: PhaseDoneCounts | undefined): number {
  if (progress === undefined) return 0;
  if (isPhaseComplete(progress)) return 1;
  return Math.min(Math.max(progress.done / progress.total, 0), 1);
}

/**
 * Fraction (0–1) of the roadmap done: each phase's done/total (total excludes skipped items;
 * total 0 counts as complete; a phase missing from `progressByPhase` counts as 0) weighted by
 * its length in the schedule.
 */
export function computeActualFraction(progressByPhase: readonly PhaseDoneCounts[], schedule: readonly PhaseWindow[]): number {
  const totalDays = countScheduleDays(schedule);
  if (totalDays <= 0) return 0;
  const progressById = new Map(progressByPhase.map((progress) => [progress.phaseId, progress]));
  const weighted = schedule.reduce((sum, window) => sum + computePhaseFraction(progressById.get(window.phaseId)) * window.days, 0);
  return Math.min(weighted / totalDays, 1);
}

/**
 * Weight of one unfinished item of each phase in roadmap fractions ((phase days / total days) /
 * items in phase), so completions fed to `projectFinish` and `1 − actual` use the same unit.
 */
export function computeItemWeights(progressByPhase: readonly PhaseDoneCounts[], schedule: readonly PhaseWindow[]): Map<string, number> {
  const totalDays = countScheduleDays(schedule);
  const progressById = new Map(progressByPhase.map((progress) => [progress.phaseId, progress]));
  const weights = new Map<string, number>();
  for (const window of schedule) {
    const total = progressById.get(window.phaseId)?.total ?? 0;
    weights.set(window.phaseId, totalDays > 0 && total > 0 ? window.days / totalDays / total : 0);
  }
  return weights;
}

function roundHalfAwayFromZero(value: number): number {
  // Math.round(-1.5) is -1 but Math.round(1.5) is 2; ahead and behind should round alike.
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded; // no -0
}

/**
 * - finished: everything done (wins over every other status).
 * - not-started: today is before the plan's start date.
 * - otherwise ahead / behind by `days`, or on-track within ±ON_TRACK_TOLERANCE_DAYS.
 */
export function computePace(schedule: readonly PhaseWindow[], progressByPhase: readonly PhaseDoneCounts[], today: string): Pace {
  const totalDays = countScheduleDays(schedule);
  const actual = computeActualFraction(progressByPhase, schedule);
  const expected = computeExpectedFraction(schedule, today);
  const days = roundHalfAwayFromZero((actual - expected) * totalDays);
  const first = schedule[0];
  if (totalDays > 0 && actual >= 1) return { status: 'finished', days };
  if (first === undefined || today < first.start) return { status: 'not-started', days };
  if (Math.abs(days) <= ON_TRACK_TOLERANCE_DAYS) return { status: 'on-track', days };
  return { status: days > 0 ? 'ahead' : 'behind', days };
}

function formatDayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export function describePace(pace: Pace): string {
  switch (pace.status) {
    case 'not-started':
      return 'Not started yet';
    case 'finished':
      return 'Finished';
    case 'on-track':
      return 'On track';
    case 'ahead':
      return `Ahead by ${formatDayCount(Math.abs(pace.days))}`;
    case 'behind':
      return `Behind by ${formatDayCount(Math.abs(pace.days))}`;
  }
}

export interface Completion {
  day: string;
  weight: number;
}

export interface ProjectedFinish {
  /** The day the remaining work would be done at the recent rate. */
  day: string;
  weightPerDay: number;
  daysNeeded: number;
}

/**
 * Projects a finish date from the weight completed per day over the last `windowDays` days
 * (today and the days before it; completions dated after today are ignored). Work is assumed to
 * continue from tomorrow, so 1 day needed → tomorrow; nothing remaining → today.
 * Returns null when nothing was completed in the window, or the rate is so low that the finish
 * would be more than MAX_PROJECTION_DAYS away (show NOT_ENOUGH_PROGRESS_MESSAGE).
 */
export function projectFinish(
  completions: readonly Completion[],
  remainingWeight: number,
  today: string,
  windowDays = 28,
): ProjectedFinish | null {
  const windowStart = addDaysToDay(today, -(windowDays - 1));
  let recentWeight = 0;
  for (const completion of completions) {
    if (completion.day >= windowStart && completion.day <= today && completion.weight > 0) recentWeight += completion.weight;
  }
  const weightPerDay = windowDays > 0 ? recentWeight / windowDays : 0;
  if (remainingWeight <= 0) return { day: today, weightPerDay, daysNeeded: 0 };
  if (weightPerDay <= 0) return null;
  // A small epsilon keeps float noise (e.g. 0.30000000000000004) from adding a whole day.
  const daysNeeded = Math.max(1, Math.ceil(remainingWeight / weightPerDay - 1e-9));
  // A trickle of progress would project decades ahead (and past what Date can hold): not useful.
  if (daysNeeded > MAX_PROJECTION_DAYS) return null;
  return { day: addDaysToDay(today, daysNeeded), weightPerDay, daysNeeded };
}
