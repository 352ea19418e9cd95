/** Date labels and axis helpers shared by the charts. Days are `yyyy-MM-dd` (domain/calendar-day.ts). */
import { formatMonthShort } from '../../domain/calendar-day';

/** A fraction 0–1 as an SVG percentage coordinate, so text keeps its size at any chart width. */
export function toPercent(fraction: number): string {
  const safe = Number.isFinite(fraction) ? Math.min(Math.max(fraction, 0), 1) : 0;
  return `${(safe * 100).toFixed(2)}%`;
}

export interface MonthTick {
  /** The 1st of the month. */
  day: string;
  label: string;
}

/**
 * The first day of each month after `firstDay` and on or before `lastDay`, thinned to at most
 * `maxTicks` so labels do not collide on a 360 px screen.
 */
export function listMonthTicks(firstDay: string, lastDay: string, maxTicks = 8): MonthTick[] {
  const ticks: MonthTick[] = [];
  let year = Number(firstDay.slice(0, 4));
  let month = Number(firstDay.slice(5, 7));
  // Bounded: plans end by 2100, so a few hundred months at most.
  for (let guard = 0; guard < 1300; guard += 1) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    if (day > lastDay) break;
    ticks.push({ day, label: formatMonthShort(day) });
  }
  const step = Math.max(1, Math.ceil(ticks.length / Math.max(1, maxTicks)));
  return ticks.filter((_tick, index) => index % step === 0);
}

/** Text anchor for a label at x (0–1): labels near an edge grow inwards so they stay whole. */
export const anchorFor = (x: number): 'start' | 'end' | 'middle' => (x < 0.08 ? 'start' : x > 0.92 ? 'end' : 'middle');
