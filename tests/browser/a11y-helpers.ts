// Fixtures and helpers for tests/browser/accessibility.test.ts: the variants, a roadmap file, dates, toasts.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { LAPTOP_CONTEXT, PHONE_CONTEXT } from './helpers';

/** The four ways the app is checked: phone (touch) and laptop width, each in light and dark. */
export const VARIANTS: { name: string; options: BrowserContextOptions }[] = [
  // One device pixel per CSS pixel: axe measures CSS pixels, and a quarter of the painting is quicker.
  { name: 'phone, light', options: { ...PHONE_CONTEXT, deviceScaleFactor: 1, colorScheme: 'light' } },
  { name: 'phone, dark', options: { ...PHONE_CONTEXT, deviceScaleFactor: 1, colorScheme: 'dark' } },
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

/** A temporary folder holding the roadmap file, as a person would have it on disk; delete `dir` after. */
export async function makeFixtureFiles(): Promise<{ dir: string; roadmapFile: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'a11y-files-'));
  const roadmapFile = path.join(dir, 'data-engineering.json');
  await writeFile(roadmapFile, JSON.stringify(ROADMAP_FILE), 'utf8');
  return { dir, roadmapFile };
}

/** Closes every toast and waits until they are gone. */
export async function dismissToasts(page: Page): Promise<void> {
  const closes = page.getByRole('button', { name: 'Dismiss message' });
  // Clicked in the page all at once: toasts also leave by themselves, so a locator could go stale.
  await closes.evaluateAll((elements) => elements.forEach((element) => (element as HTMLElement).click()));
  await expect.poll(() => closes.count()).toBe(0);
}

/** Opens `url` in a new page of `context` as a browser without IndexedDB would (private mode, storage off). */
export async function openWithoutStorage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
  await page.goto(url);
  return page;
}
