// Fixtures for tests/browser/accessibility.test.ts: the variants, a roadmap file, dates.
import type { BrowserContextOptions } from 'playwright-core';
import { LAPTOP_CONTEXT, PHONE_CONTEXT } from './helpers';

/** The four ways the app is checked: phone (touch) and laptop width, each in light and dark. */
export const VARIANTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'phone, light', options: { ...PHONE_CONTEXT, colorScheme: 'light' } },
  { name: 'phone, dark', options: { ...PHONE_CONTEXT, colorScheme: 'dark' } },
  { name: 'laptop, light', options: { ...LAPTOP_CONTEXT, colorScheme: 'light' } },
  { name: 'laptop, dark', options: { ...LAPTOP_CONTEXT, colorScheme: 'dark' } },
];

/** A small roadmap file in the documented format, to import. */
export const ROADMAP_FILE = {
  format: 'roadmap-tracker/roadmap',
  formatVersion: 1,
  roadmap: {
    id: 'data-engineering-basics',
    title: 'Data engineering basics',
    phases: [
      {
        id: 'de-sql',
        title: 'SQL and modelling',
        weeks: 3,
        goals: [{ id: 'de-goal-joins', text: 'Write joins without looking them up' }],
        resources: [
          { id: 'de-res-postgres', title: 'PostgreSQL documentation', url: 'https://www.postgresql.org/docs/', kind: 'docs', isFree: true },
        ],
        milestone: { id: 'de-ms-sql', text: 'Model a small shop database and query it' },
      },
    ],
  },
};

/** Today plus `offsetDays`, as the yyyy-MM-dd a date field takes (local time, as the app reads it). */
export function isoDay(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
