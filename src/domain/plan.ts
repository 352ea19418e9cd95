/**
 * The study plan laid over the calendar: phase lengths, the phase windows, where today falls,
 * the buffer against the roadmap's estimate, and re-planning from today.
 *
 * Calendar days are `yyyy-MM-dd` strings (calendar-day.ts): arithmetic on whole day numbers, never
 * hours or instants, so a daylight-saving change or a move to another time zone cannot shift a day.
 *
 * Plans are bounded so that everything shown stays sane: every phase lasts 1 to 3,650 days and the
 * whole plan ends by the last study day (2100-12-31); checkPlanForPhases says so in plain words.
 */
import { addDays, daysBetween, isCalendarDay, isWellFormedDay, LAST_STUDY_DAY, formatDayMedium, type CalendarDay } from './calendar-day';
import { formatDayCount } from './calendar-day';
import { LIMITS } from './schemas/limits';
import type { Plan } from './records';

export { isCalendarDay };

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

export const addDaysToDay = addDays;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const countDaysBetween = daysBetween;

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
 * a valid plan. Pass the phases to also check the lengths the plan gives them: ≥1 day each, at
 * most LIMITS.phaseDays, and the whole plan over by the last study day.
 */
export function validatePlan(plan: Plan, phases: readonly PhaseSpec[] = []): string[] {
  const errors: string[] = [];
  const startDate: string = plan.startDate;
  if (!isCalendarDay(startDate)) {
    errors.push(
      startDate.trim() === ''
        ? 'Enter the start date.'
        : isWellFormedDay(startDate)
          ? `Start date must be between Jan 1, 2000 and ${formatDayMedium(LAST_STUDY_DAY)}.`
          : 'Start date is not a real calendar day; pick one from the calendar.',
    );
  }
  if (plan.target.mode === 'finish-by') {
    const finishBy: string = plan.target.finishBy;
    if (!isCalendarDay(finishBy)) {
      errors.push(
        finishBy.trim() === ''
          ? 'Choose the date you want to finish by.'
          : isWellFormedDay(finishBy)
            ? `Finish-by date must be between Jan 1, 2000 and ${formatDayMedium(LAST_STUDY_DAY)}.`
            : 'Finish-by date is not a real calendar day; pick one from the calendar.',
      );
    } else if (errors.length === 0) {
      // The finish-by day is the last day of the plan, so it counts.
      const available = countDaysBetween(plan.startDate, finishBy) + 1;
      if (finishBy <= plan.startDate) errors.push('The finish-by date must be after the start date.');
      else if (available < phases.length) {
        errors.push(
          `The finish-by date leaves ${formatDayCount(available)} for ${phases.length} phases; every phase needs at least one day.`,
        );
      }
    }
  }
  if (plan.hoursPerWeek !== null && !(Number.isFinite(plan.hoursPerWeek) && plan.hoursPerWeek > 0 && plan.hoursPerWeek <= 168)) {
    errors.push('Hours per week must be more than 0 and at most 168.');
  }
  for (const [phaseId, days] of Object.entries(plan.phaseDays)) {
    if (!isPositiveInteger(days)) errors.push(`The length of phase "${phaseId}" must be a whole number of days, at least 1.`);
    else if (days > LIMITS.phaseDays) errors.push(`A phase can last at most ${formatDayCount(LIMITS.phaseDays)} (ten years).`);
  }
  if (errors.length === 0 && phases.length > 0) errors.push(...checkPlanLengths(phases, plan));
  return errors;
}

/** The lengths a valid plan gives its phases stay within bounds, and it ends by the last study day. */
function checkPlanLengths(phases: readonly PhaseSpec[], plan: Plan): string[] {
  const schedule = computeSchedule(phases, plan);
  const longest = schedule.reduce((best, window) => (window.days > (best?.days ?? 0) ? window : best), schedule[0]);
  const index = longest ? schedule.indexOf(longest) : -1;
  if (longest && longest.days > LIMITS.phaseDays) {
    return [
      `This plan makes phase ${index + 1} last ${formatDayCount(longest.days)}; a phase can last at most ${formatDayCount(LIMITS.phaseDays)} (ten years). Choose an earlier finish-by date or shorter phases.`,
    ];
  }
  const end = schedule[schedule.length - 1]?.end;
  if (end !== undefined && end > LAST_STUDY_DAY) {
    return [
      `This plan would end after ${formatDayMedium(LAST_STUDY_DAY)}, the last day the app plans for. Choose an earlier start date or shorter phases.`,
    ];
  }
  return [];
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
 * - finish-by: the days from `startDate` to `finishBy`, both included (the last phase ends on
 *   the finish-by date), split in proportion to those lengths, whole days, summing exactly, each
 *   ≥1 day.
 */
export function phaseLengthsInDays(phases: readonly PhaseSpec[], plan: Plan): PhaseLength[] {
  const baseDays = phases.map((phase) => readBaseDays(phase, plan));
  const days =
    plan.target.mode === 'finish-by' ? apportionDays(countDaysBetween(plan.startDate, plan.target.finishBy) + 1, baseDays) : baseDays;
  return phases.map((phase, index) => ({ phaseId: phase.id, days: days[index] ?? 0 }));
}

/** The phases back to back from the start date. */
export function computeSchedule(phases: readonly PhaseSpec[], plan: Plan): PhaseWindow[] {
  let start: string = plan.startDate;
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

/** `day` plus whole months, clamped to the month's end (2028-05-31 + 9 months → 2029-02-28). */
function addMonthsToDay(day: string, months: number): string {
  const total = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-`;
  let date = Number(day.slice(8, 10));
  while (date > 28 && !isWellFormedDay(`${prefix}${String(date).padStart(2, '0')}`)) date -= 1;
  return `${prefix}${String(date).padStart(2, '0')}`;
}

export interface PlanBuffer {
  /** Last day of the estimate: start + `estimateMonths` months − 1 day. */
  estimateEnd: string;
  /** Days between the schedule's last day and the estimate's last day; negative = over the estimate. */
  days: number;
}

/** Slack between the schedule and the roadmap's "about nine months" estimate. */
export function computeBuffer(startDate: string, schedule: readonly PhaseWindow[], estimateMonths = 9): PlanBuffer {
  const estimateEnd = addDaysToDay(addMonthsToDay(startDate, estimateMonths), -1);
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
    // From today to the finish-by date, both included.
    const available = countDaysBetween(today, plan.target.finishBy) + 1;
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
  const newStart = addDaysToDay(today, -doneDays) as CalendarDay;
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
  const next: Plan = { ...plan, startDate, phaseDays };
  // A plan left untouched for years would stretch the last finished phase past ten years.
  const problems = checkPlanLengths(phases, next);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: [
        'Re-planning from today would make a finished phase last more than ten years, because the plan started long ago. Set a new start date under “Change start, target or hours” instead.',
      ],
    };
  }
  return { ok: true, plan: next, isChanged: true };
}

/** The default plan: the roadmap as written, starting today, no weekly hours goal. */
export function suggestPlan(today: CalendarDay): Plan {
  return { startDate: today, target: { mode: 'as-written' }, hoursPerWeek: null, phaseDays: {} };
}
