/** Date labels and axis helpers shared by the charts. Days are `yyyy-MM-dd`, read as local dates. */

const dayFormat = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short' });
const weekdayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' });
const monthFormat = new Intl.DateTimeFormat('en', { month: 'short' });
const numberFormat = new Intl.NumberFormat('en');

/** A local Date for a calendar day, without the UTC shift `new Date('yyyy-MM-dd')` would apply. */
export function parseDay(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** "Mar 3" */
export function formatDay(day: string): string {
  return dayFormat.format(parseDay(day));
}

/** "Tue, Mar 3" */
export function formatWeekday(day: string): string {
  return weekdayFormat.format(parseDay(day));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

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
  const cursor = parseDay(firstDay);
  cursor.setDate(1);
  const end = parseDay(lastDay);
  // Bounded: a plan of years still yields a few hundred months at most.
  for (let guard = 0; guard < 1200; guard += 1) {
    cursor.setMonth(cursor.getMonth() + 1);
    if (cursor > end) break;
    const day = `${cursor.getFullYear()}-${String(cursor.getMonth() + 1).padStart(2, '0')}-01`;
    ticks.push({ day, label: monthFormat.format(cursor) });
  }
  const step = Math.max(1, Math.ceil(ticks.length / Math.max(1, maxTicks)));
  return ticks.filter((_tick, index) => index % step === 0);
}
