/**
 * Burn-up: items planned to be done by each day (each phase's items spread evenly over its window)
 * against items actually done, sampled weekly so a chart stays small whatever the plan's length.
 * Days are `yyyy-MM-dd` strings; they compare in calendar order as strings.
 */
import { addDaysToDay, countDaysBetween } from './plan';
import type { PhaseWindow } from './plan';

export interface BurnupPoint {
  day: string;
  /** Items expected done by the end of `day` (may be fractional). */
  planned: number;
  /** Items done by the end of `day`; null after today. */
  actual: number | null;
}

export interface Burnup {
  points: BurnupPoint[];
  totalItems: number;
}

export interface BurnupInput {
  schedule: readonly PhaseWindow[];
  /** Countable items per phase (skipped items excluded). */
  itemsPerPhase: readonly { phaseId: string; total: number }[];
  /** One per done item, its `doneAt` as a local calendar day. */
  completions: readonly { day: string }[];
  today: string;
  /** At least 3 (first day, today, last day). */
  maxPoints?: number;
}

/**
 * Day offsets to sample: every `step` days from 0 (step a multiple of 7 chosen so there are at most
 * `maxPoints − 3` of them), plus the extras (today, the plan's last day) and the chart's last day.
 */
function sampleOffsets(span: number, extras: readonly number[], maxPoints: number): number[] {
  const step = 7 * Math.max(1, Math.ceil(span / (7 * (maxPoints - 3 || 1))));
  const offsets = new Set<number>(extras);
  for (let offset = 0; offset < span; offset += step) offsets.add(offset);
  offsets.add(span);
  return [...offsets].sort((a, b) => a - b);
}

/**
 * The chart runs from the earlier of the plan's start and today to the later of its last day and
 * today, so today always has a point: a plan in the future shows work done ahead of it, a plan that
 * ended shows the late tail. The plan's last day is always a point, where planned = totalItems exactly.
 * Completions before the first point count at the first point;
 * completions after today are ignored. Linear in completions (a binary search over ≤ maxPoints days
 * each) plus points × phases. An empty schedule gives no points.
 */
export function computeBurnup({ schedule, itemsPerPhase, completions, today, maxPoints = 60 }: BurnupInput): Burnup {
  const totals = new Map<string, number>();
  for (const { phaseId, total } of itemsPerPhase) {
    totals.set(phaseId, (totals.get(phaseId) ?? 0) + (Number.isFinite(total) && total > 0 ? Math.floor(total) : 0));
  }
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  if (first === undefined || last === undefined) return { points: [], totalItems: 0 };
  const totalItems = schedule.reduce((sum, window) => sum + (totals.get(window.phaseId) ?? 0), 0);

  const firstDay = today < first.start ? today : first.start;
  const lastDay = today > last.end ? today : last.end;
  const limit = Number.isFinite(maxPoints) ? Math.max(3, Math.floor(maxPoints)) : 60;
  const offsets = sampleOffsets(
    countDaysBetween(firstDay, lastDay),
    [countDaysBetween(firstDay, today), countDaysBetween(firstDay, last.end)],
    limit,
  );
  const days = offsets.map((offset) => addDaysToDay(firstDay, offset));

  const phases = schedule.map((window) => ({
    startOffset: countDaysBetween(firstDay, window.start),
    days: window.days,
    total: totals.get(window.phaseId) ?? 0,
  }));
  const planned = offsets.map((offset) => {
    let sum = 0;
    for (const phase of phases) {
      const elapsed = offset - phase.startOffset + 1;
      const fraction = phase.days > 0 ? Math.min(Math.max(elapsed / phase.days, 0), 1) : elapsed > 0 ? 1 : 0;
      sum += phase.total * fraction;
    }
    // Whole phases contribute exact integers, so the last day sums to exactly totalItems.
    return Math.round(sum * 100) / 100;
  });

  const todayIndex = days.indexOf(today);
  const counts: number[] = Array.from({ length: days.length }, () => 0);
  for (const { day } of completions) {
    if (!(day <= today)) continue;
    // First sampled day on or after the completion; today is sampled, so it is found at or before todayIndex.
    let low = 0;
    let high = todayIndex;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((days[middle] ?? '') < day) low = middle + 1;
      else high = middle;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }

  let done = 0;
  const points = days.map((day, index): BurnupPoint => {
    done += counts[index] ?? 0;
    return { day, planned: planned[index] ?? 0, actual: index <= todayIndex ? done : null };
  });
  return { points, totalItems };
}

function countItems(count: number): string {
  return `${count} ${count === 1 ? 'item' : 'items'}`;
}

/** One sentence for the chart's caption, e.g. "By today 7 of 24 items were planned and 5 are done." */
export function describeBurnup(result: Burnup, today: string): string {
  if (result.points.length === 0) return 'There is no schedule yet, so nothing is planned.';
  if (result.totalItems === 0) return 'The plan has no items to count yet.';
  let point: BurnupPoint | undefined;
  for (const candidate of result.points) if (candidate.day <= today) point = candidate;
  const planned = Math.round(point?.planned ?? 0);
  const done = point?.actual ?? 0;
  return `By today ${planned} of ${countItems(result.totalItems)} ${planned === 1 ? 'was' : 'were'} planned and ${done} ${done === 1 ? 'is' : 'are'} done.`;
}
