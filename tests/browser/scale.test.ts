/**
 * Large data stays usable: a phase of 600 goals renders its first screen at once and the rest
 * after, a tick in it changes only its own row (and the counts), a search link reaches a goal far
 * down, and hundreds of retired items with long notes are a count until opened.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { Session, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
const GOALS = 600;
const TITLE = 'Many small goals';

let files: string;
let session: Session | undefined;

beforeAll(async () => {
  files = await mkdtemp(path.join(tmpdir(), 'scale-files-'));
});
afterAll(async () => {
  await rm(files, { recursive: true, force: true });
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function writeTempFile(name: string, value: unknown): Promise<string> {
  const file = path.join(files, name);
  await writeFile(file, JSON.stringify(value), 'utf8');
  return file;
}

const longRoadmap = {
  format: 'roadmap-tracker/roadmap',
  formatVersion: 1,
  roadmap: {
    id: 'many-small-goals',
    title: TITLE,
    phases: [
      {
        id: 'msg-long',
        title: 'A very long phase',
        weeks: 8,
        goals: Array.from({ length: GOALS }, (_, index) => ({ id: `msg-goal-${index + 1}`, text: `Small goal number ${index + 1}` })),
        resources: [
          { id: 'msg-res-docs', title: 'Reference documentation', url: 'https://www.postgresql.org/docs/', kind: 'docs', isFree: true },
        ],
        milestone: { id: 'msg-ms', text: 'Finish every small goal' },
      },
      {
        id: 'msg-short',
        title: 'A short phase',
        weeks: 2,
        goals: [{ id: 'msg-short-goal', text: 'One more goal' }],
        resources: [],
        milestone: { id: 'msg-short-ms', text: 'Wrap up' },
      },
    ],
  },
};

async function followLongRoadmap(page: Page): Promise<void> {
  await page.goto(`${baseURL}/roadmaps`);
  await page.getByLabel('Roadmap file (.json)').setInputFiles(await writeTempFile('long.json', longRoadmap));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('status').getByText(`Imported “${TITLE}”`).waitFor();
  await page.getByRole('button', { name: `Follow this roadmap: ${TITLE}` }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor({ timeout: 30_000 });
}

const goalsList = (page: Page) => page.getByRole('list', { name: 'Goals' });

describe('a phase of 600 goals', () => {
  it('shows its first goals at once, then all of them, and a tick changes only its own row', async () => {
    session = new Session(baseURL);
    const page = await session.open('/');
    await waitForChecklist(page);
    await followLongRoadmap(page);

    await page.goto(`${baseURL}/phase/msg-long`);
    await goalsList(page).getByRole('checkbox', { name: 'Small goal number 1', exact: true }).waitFor();
    await expect.poll(() => goalsList(page).getByRole('checkbox').count(), { timeout: 30_000 }).toBe(GOALS);

    // Watch the page while goal 500 is ticked: only that row and the counts may change.
    const box = page.getByRole('checkbox', { name: 'Small goal number 500', exact: true });
    await box.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const touched = new Set<string>();
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const node = record.target instanceof Element ? record.target : record.target.parentElement;
          const row = node?.closest('li[id^="item-"]');
          if (row) touched.add(row.id);
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      Object.assign(window, { touchedRows: touched });
    });
    await box.check();
    // A shared 2-core machine can take more than the default second to commit and show it.
    await expect.poll(() => box.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    await page.getByText(`1 of ${GOALS + 1} done`).waitFor();
    const touched = await page.evaluate(() => [...(window as unknown as { touchedRows: Set<string> }).touchedRows]);
    expect(touched).toEqual(['item-msg-goal-500']);

    await page.reload();
    await expect
      .poll(() => page.getByRole('checkbox', { name: 'Small goal number 500', exact: true }).isChecked(), { timeout: 30_000 })
      .toBe(true);
  });

  it('a search result far down the phase opens the phase at that goal', async () => {
    session = new Session(baseURL);
    const page = await session.open('/');
    await waitForChecklist(page);
    await followLongRoadmap(page);

    await page.goto(`${baseURL}/search`);
    await page.getByRole('searchbox').fill('Small goal number 587');
    await page
      .getByRole('link', { name: /Small goal number 587/ })
      .first()
      .click();
    const box = page.getByRole('checkbox', { name: 'Small goal number 587', exact: true });
    await box.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id), { timeout: 15_000 }).toBe('item-msg-goal-587');
  });
});

describe('retired items from a merged backup', () => {
  it('are a count until opened, then a page at a time with long notes shortened', async () => {
    const ROADMAP = 'healthcare-ai-specialist';
    const retired = 120;
    const longNote = 'Notes from a chapter that is no longer in the roadmap. '.repeat(200);
    const backup = {
      app: 'healthcare-ai-roadmap-tracker',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: 1,
      exportedAt: Date.UTC(2026, 10, 1),
      data: {
        progress: Array.from({ length: retired }, (_, index) => ({
          key: `${ROADMAP}/old-goal-${index + 1}`,
          roadmapId: ROADMAP,
          itemId: `old-goal-${index + 1}`,
          status: 'done',
          doneAt: Date.UTC(2026, 9, 1),
          updatedAt: Date.UTC(2026, 9, 1),
        })),
        notes: Array.from({ length: retired }, (_, index) => ({
          key: `${ROADMAP}/old-goal-${index + 1}`,
          roadmapId: ROADMAP,
          itemId: `old-goal-${index + 1}`,
          text: longNote,
          updatedAt: Date.UTC(2026, 9, 1),
          deletedAt: null,
        })),
        evidence: [],
        sessions: [],
        plans: [],
        settings: [],
      },
    };

    session = new Session(baseURL);
    const page = await session.open('/data');
    await page.getByLabel('Backup file (.json)').setInputFiles(await writeTempFile('retired.json', backup));
    await page.getByRole('heading', { name: /What importing/ }).waitFor();
    await page.getByRole('button', { name: 'Merge into this device' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /import|merged|added/i })
      .first()
      .waitFor();

    await page.goto(`${baseURL}/`);
    await waitForChecklist(page);
    const section = page.getByRole('region', { name: 'Retired items' });
    await section.getByText(`${retired} items are no longer in the roadmap`).waitFor();
    // Collapsed: no note text on the home view until asked for.
    expect(await page.getByText('Notes from a chapter').count()).toBe(0);

    const show = section.getByRole('button', { name: `Show the ${retired} retired items` });
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await show.click();
    await section.getByRole('button', { name: `Hide the ${retired} retired items` }).waitFor();
    expect(await section.getByRole('listitem').count()).toBe(50);
    await section.getByText('old-goal-1', { exact: true }).waitFor();
    const excerpt = (await section.locator('.note__text').first().textContent()) ?? '';
    expect(excerpt.length).toBeLessThan(200);

    await section.getByRole('button', { name: 'Show 50 more (70 not shown yet)' }).click();
    expect(await section.getByRole('listitem').count()).toBe(100);
    await section.getByRole('button', { name: 'Show 20 more (20 not shown yet)' }).click();
    expect(await section.getByRole('listitem').count()).toBe(retired);

    await section
      .getByRole('button', { name: /Read the whole note/ })
      .first()
      .click();
    expect(((await section.locator('.note__text').first().textContent()) ?? '').length).toBe(longNote.length);
  });
});
