/** Test helpers: literal days typed as study days (the app parses them; tests state them). */
import type { CalendarDay } from '../../../src/domain/calendar-day';
import type { Plan } from '../../../src/domain/records';

export const day = (text: string): CalendarDay => text as CalendarDay;

/** A plan from literal days. */
export const planOf = (plan: {
  startDate: string;
  target: { mode: 'as-written' } | { mode: 'finish-by'; finishBy: string };
  hoursPerWeek: number | null;
  phaseDays: Record<string, number>;
}): Plan => plan as Plan;
