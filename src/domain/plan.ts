/**
 * The study plan laid over the calendar: phase lengths, the phase windows, where today falls,
 * the buffer against the roadmap's estimate, and re-planning from today.
 *
 * Calendar days are `yyyy-MM-dd` strings. They are parsed as *local* dates and only calendar-day
 * functions of date-fns are applied (addDays, differenceInCalendarDays, lightFormat…), never hours or
 * instants, so a daylight-saving change or a move to another time zone cannot shift a day.
 */
import { addDays, addMonths, differenceInCalendarDays, isValid, lightFormat, parseISO } from 'date-fns';
import type { Plan } from './records';

/** What the plan needs of a roadmap phase (a `Phase` from content fits). */
export interface PhaseSpec {
  id: string;
  weeks: number;
}

export interface PhaseLength {
  phaseId: string;
  days: number;
}

/** One phase on the calendar. `end` is the inclusive last day; `days` = end − start + 1. */
export interface PhaseWindow {
  phaseId: string;
  start: string;
  end: string;
  days: number;
}

/** Done/total counts of one phase; `total` excludes skipped items. */
export interface PhaseDoneCounts {
  phaseId: string;
  done: number;
  total: number;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar day in `yyyy-MM-dd` form (rejects 2025-02-29, 2026-13-01…). */
export function isCalendarDay(value: string): boolean {
  if (!DAY_PATTERN.test(value)) return false;
  const date = parseISO(value);
  // The round trip catches dates a lenient parser would roll over into the next month.
  return isValid(date) && lightFormat(date, 'yyyy-MM-dd') === value;
}

export function addDaysToDay(day: string, amount: number): string {
  return lightFormat(addDays(parseISO(day), amount), 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function countDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** Every counted item is done; a phase with nothing to count (total 0) is complete, a missing one is not. */
export function isPhaseComplete(progress: PhaseDoneCounts | undefined): boolean {
  if (progress === undefined) return false;
  return progress.total <= 0 || progress.done >= progress.total;
}

/**
 * Clear, user-facing problems with a plan; empty when valid. The compute functions below assume
 * a valid plan. Pass the phases to also check that a finish-by date leaves ≥1 day per phase.
 */
export function validatePlan(plan: Plan, phases: readonly PhaseSpec[] = []): string[] {
  const errors: string[] = [];
  if (!isCalendarDay(plan.startDate)) errors.push(`Start date "${plan.startDate}" is not a real calendar day (yyyy-MM-dd).`);
  if (plan.target.mode === 'finish-by') {
    const { finishBy } = plan.target;
    if (!isCalendarDay(finishBy)) {
      errors.push(`Finish-by date "${finishBy}" is not a real calendar day (yyyy-MM-dd).`);
    } else if (errors.length === 0) {
      const available = countDaysBetween(plan.startDate, finishBy);
      if (available <= 0) errors.push('The finish-by date must be after the start date.');
      else if (available < phases.length) {
        errors.push(`The finish-by date leaves ${available} day(s) for ${phases.length} phases; every phase needs at least one day.`);
      }
    }
  }
  if (plan.hoursPerWeek !== null && !(Number.isFinite(plan.hoursPerWeek) && plan.hoursPerWeek > 0 && plan.hoursPerWeek <= 168)) {
    errors.push('Hours per week must be more than 0 and at most 168.');
  }
  for (const [phaseId, days] of Object.entries(plan.phaseDays)) {
    if (!isPositiveInteger(days)) errors.push(`The length of phase "${phaseId}" must be a whole number of days, at least 1.`);
  }
  return errors;
}

function readBaseDays(phase: PhaseSpec, plan: Plan): number {
  const override = plan.phaseDays[phase.id];
  return isPositiveInteger(override) ? override : Math.max(1, Math.round(phase.weeks * 7));
}

/**
 * Splits `total` whole days across integer `weights` in proportion (largest remainder, ties to the
 * earlier phase) so the parts sum to exactly `total`; then lifts any zero part to 1 day by taking
 * from the largest part. Integer arithmetic only, so there is no floating-point drift.
 */
export function apportionDays(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weights.length === 0 || weightSum <= 0) return weights.map(() => 0);
  const parts = weights.map((weight) => Math.floor((total * weight) / weightSum));
  const remainders = weights.map((weight, index) => ({ index, remainder: (total * weight) % weightSum }));
  remainders.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let leftover = total - parts.reduce((sum, part) => sum + part, 0);
  for (const { index } of remainders) {
    if (leftover <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    leftover -= 1;
  }
  for (let index = 0; index < parts.length; index += 1) {
    if ((parts[index] ?? 0) >= 1) continue;
    const largest = parts.reduce((best, part, i) => (part > (parts[best] ?? 0) ? i : best), 0);
    if ((parts[largest] ?? 0) <= 1) break; // not enough days for everyone; validatePlan reports it
    parts[largest] = (parts[largest] ?? 0) - 1;
    parts[index] = 1;
  }
  return parts;
}

/**
 * Length of each phase in days.
 * - as-written: `weeks × 7`, or `plan.phaseDays[id]` when set.
 * - finish-by: the days from `startDate` (inclusive) to `finishBy` (exclusive — it is the first
 *   day free of the plan, so the last phase ends the day before) split in proportion to those
 *   lengths, whole days, summing exactly, each ≥1 day.
 */
export function phaseLengthsInDays(phases: readonly PhaseSpec[], plan: Plan): PhaseLength[] {
  const baseDays = phases.map((phase) => readBaseDays(phase, plan));
  const days =
    plan.target.mode === 'finish-by' ? apportionDays(countDaysBetween(plan.startDate, plan.target.finishBy), baseDays) : baseDays;
  return phases.map((phase, index) => ({ phaseId: phase.id, days: days[index] ?? 0 }));
}

/** The phases back to back from the start date. */
export function computeSchedule(phases: readonly PhaseSpec[], plan: Plan): PhaseWindow[] {
  let start = plan.startDate;
  return phaseLengthsInDays(phases, plan).map(({ phaseId, days }) => {
    const window = { phaseId, start, end: addDaysToDay(start, days - 1), days };
    start = addDaysToDay(start, days);
    return window;
  });
}

export type TodayLocation =
  | { kind: 'before-start'; daysUntilStart: number; daysLeftOverall: number }
  | {
      kind: 'in-phase';
      phaseIndex: number;
      phaseId: string;
      /** 1-based; week 1 = days 1–7 of the phase. */
      weekInPhase: number;
      weeksInPhase: number;
      /** 1-based. */
      dayInPhase: number;
      /** Including today, so the last day of a phase has 1 day left. */
      daysLeftInPhase: number;
      /** Including today. */
      daysLeftOverall: number;
    }
  | { kind: 'after-end'; daysSinceEnd: number; daysLeftOverall: 0 };

export function countScheduleDays(schedule: readonly PhaseWindow[]): number {
  return schedule.reduce((sum, window) => sum + window.days, 0);
}

/** Where `today` falls in the schedule. An empty schedule counts as ended. */
export function locateToday(schedule: readonly PhaseWindow[], today: string): TodayLocation {
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  if (first === undefined || last === undefined) return { kind: 'after-end', daysSinceEnd: 0, daysLeftOverall: 0 };
  if (today < first.start) {
    return { kind: 'before-start', daysUntilStart: countDaysBetween(today, first.start), daysLeftOverall: countScheduleDays(schedule) };
  }
  if (today > last.end) return { kind: 'after-end', daysSinceEnd: countDaysBetween(last.end, today), daysLeftOverall: 0 };
  // `yyyy-MM-dd` strings compare in calendar order, so no parsing is needed to find the phase.
  const phaseIndex = schedule.findIndex((window) => today >= window.start && today <= window.end);
  const window = schedule[phaseIndex] ?? last;
  const dayInPhase = countDaysBetween(window.start, today) + 1;
  return {
    kind: 'in-phase',
    phaseIndex,
    phaseId: window.phaseId,
    weekInPhase: Math.floor((dayInPhase - 1) / 7) + 1,
    weeksInPhase: Math.ceil(window.days / 7),
    dayInPhase,
    daysLeftInPhase: window.days - dayInPhase + 1,
    daysLeftOverall: countDaysBetween(today, last.end) + 1,
  };
}

export interface PlanBuffer {
  /** Last day of the estimate: start + `estimateMonths` months − 1 day. */
  estimateEnd: string;
  /** Days between the schedule's last day and the estimate's last day; negative = over the estimate. */
  days: number;
}

/** Slack between the schedule and the roadmap's "about nine months" estimate. */
export function computeBuffer(startDate: string, schedule: readonly PhaseWindow[], estimateMonths = 9): PlanBuffer {
  // addMonths clamps to the month's end (e.g. 2028-05-31 + 9 months → 2029-02-28).
  const estimateEnd = addDaysToDay(lightFormat(addMonths(parseISO(startDate), estimateMonths), 'yyyy-MM-dd'), -1);
  const scheduleEnd = schedule[schedule.length - 1]?.end ?? addDaysToDay(startDate, -1);
  return { estimateEnd, days: countDaysBetween(scheduleEnd, estimateEnd) };
}

export type ReplanResult = { ok: true; plan: Plan; isChanged: boolean } | { ok: false; errors: string[] };

/**
 * Re-plans from today so that the plan matches where you really are. Never touches progress.
 *
 * The first unfinished phase is moved so that today falls at the point of it that your progress
 * has reached: with half its items done, today becomes its midpoint. Pace is measured against the
 * calendar, so right after a re-plan you are on track, and the phases still ahead are shifted.
 * - Finished phases keep their windows; the last of them is stretched up to the moved phase (it
 *   is done, so its length no longer matters). With no finished phase, the start date moves.
 * - as-written: the phases still ahead keep their lengths.
 * - finish-by: the finish-by date is kept; the days from today to it are split across the work
 *   still to do (the rest of the current phase and the later phases), and every phase gets a
 *   `phaseDays` override; the overrides sum to exactly the finish-by window. Too few days left →
 *   an error asking for a later date.
 * - Nothing changes when every phase is finished or you are not behind the plan.
 * The caller keeps the previous plan for undo.
 */
export function replanFromToday(
  phases: readonly PhaseSpec[],
  plan: Plan,
  progressByPhase: readonly PhaseDoneCounts[],
  today: string,
): ReplanResult {
  const unchanged: ReplanResult = { ok: true, plan, isChanged: false };
  const progressById = new Map(progressByPhase.map((progress) => [progress.phaseId, progress]));
  const current = phases.findIndex((phase) => !isPhaseComplete(progressById.get(phase.id)));
  const schedule = computeSchedule(phases, plan);
  const window = schedule[current];
  const phase = phases[current];
  if (current < 0 || window === undefined || phase === undefined) return unchanged;
  const progress = progressById.get(phase.id) ?? { phaseId: phase.id, done: 0, total: 1 };
  const total = Math.max(1, progress.total);
  const done = Math.min(Math.max(0, progress.done), total - 1);
  const later = phases.slice(current + 1);

  let currentDays: number;
  // The days of the current phase that the done share stands for: they lie before today.
  let doneDays: number;
  let laterDays: number[] = [];
  if (plan.target.mode === 'as-written') {
    currentDays = readBaseDays(phase, plan);
    doneDays = Math.round((currentDays * done) / total);
  } else {
    const available = countDaysBetween(today, plan.target.finishBy);
    if (available < later.length + 1) {
      return {
        ok: false,
        errors: [
          `Only ${Math.max(0, available)} day(s) are left before the finish-by date for ${later.length + 1} unfinished phase(s); choose a later finish-by date.`,
        ],
      };
    }
    // Weights scaled by `total` so the current phase's unfinished share stays an integer.
    const split = apportionDays(available, [
      readBaseDays(phase, plan) * (total - done),
      ...later.map((next) => readBaseDays(next, plan) * total),
    ]);
    const remaining = split[0] ?? 1;
    laterDays = split.slice(1);
    doneDays = Math.round((remaining * done) / (total - done));
    currentDays = remaining + doneDays;
  }
  const newStart = addDaysToDay(today, -doneDays);
  if (newStart <= window.start) return unchanged;

  const phaseDays: Record<string, number> = { ...plan.phaseDays };
  let startDate = plan.startDate;
  const previous = schedule[current - 1];
  if (previous) phaseDays[previous.phaseId] = countDaysBetween(previous.start, newStart);
  else startDate = newStart;
  if (plan.target.mode === 'finish-by') {
    schedule.slice(0, Math.max(0, current - 1)).forEach((finished) => {
      phaseDays[finished.phaseId] = finished.days;
    });
    phaseDays[phase.id] = currentDays;
    later.forEach((next, index) => {
      phaseDays[next.id] = laterDays[index] ?? 1;
    });
  }
  return { ok: true, plan: { ...plan, startDate, phaseDays }, isChanged: true };
}

/** The default plan: the roadmap as written, starting today, no weekly hours goal. */
export function suggestPlan(today: string): Plan {
  return { startDate: today, target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} };
}
