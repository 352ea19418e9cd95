import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { guardPage, launchPersistent, makeProfileDir, removeProfileDir, type PageGuard } from './helpers';

const baseURL = inject('baseURL');
const TITLE = 'Data engineering basics';
const JOINS_GOAL = /Write joins without looking them up/;
const SQL_GOAL = /Master SQL with healthcare-specific schemas/;

const roadmapFile = {
  format: 'roadmap-tracker/roadmap',
  formatVersion: 1,
  roadmap: {
    id: 'data-engineering-basics',
    title: TITLE,
    phases: [
      {
        id: 'de-sql',
        title: 'SQL and modelling',
        weeks: 3,
        goals: [
          { id: 'de-goal-joins', text: 'Write joins without looking them up' },
          { id: 'de-goal-windows', text: 'Use window functions for running totals' },
        ],
        resources: [
          { id: 'de-res-postgres', title: 'PostgreSQL documentation', url: 'https://www.postgresql.org/docs/', kind: 'docs', isFree: true },
        ],
        milestone: { id: 'de-ms-sql', text: 'Model a small shop database and query it' },
      },
    ],
  },
};

let context: BrowserContext | undefined;
let profile: string | undefined;
let files: string | undefined;
let guards: PageGuard[] = [];

async function open(urlPath: string): Promise<Page> {
  profile = await makeProfileDir();
  context = await launchPersistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  guards.push(guardPage(page, baseURL));
  await page.goto(baseURL + urlPath);
  return page;
}

/** Writes a file to pick in the file chooser, as a person would have one on disk. */
async function writeTempFile(name: string, text: string): Promise<string> {
  files ??= await mkdtemp(path.join(tmpdir(), 'roadmap-files-'));
  const file = path.join(files, name);
  await writeFile(file, text, 'utf8');
  return file;
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.getByLabel('Roadmap file (.json)').setInputFiles(file);
}

async function openRoadmaps(page: Page): Promise<void> {
  await page.goto(`${baseURL}/roadmaps`);
  await page.getByRole('heading', { level: 1, name: 'Roadmaps' }).waitFor();
}

async function follow(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: `Follow this roadmap: ${title}` }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
  await page.getByRole('heading', { level: 2, name: title }).waitFor({ timeout: 15_000 });
}

async function tick(page: Page, name: RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name }).first();
  await box.check();
  await expect.poll(() => box.getAttribute('aria-busy')).toBe('false');
}

const importedCards = (page: Page) =>
  page
    .getByRole('list', { name: 'Imported roadmaps' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3 }) });

afterEach(async () => {
  for (const guard of guards) guard.assertClean();
  guards = [];
  await context?.close();
  context = undefined;
  if (profile) await removeProfileDir(profile);
  profile = undefined;
  if (files) await rm(files, { recursive: true, force: true });
  files = undefined;
});

describe('roadmaps in a real browser', () => {
  it('imports a second roadmap, switches to it and back, and each keeps its own progress', async () => {
    const page = await open('/roadmaps');
    await page.getByRole('heading', { level: 1, name: 'Roadmaps' }).waitFor();
    expect(await page.locator('[aria-current="true"]').getByRole('heading', { name: 'AI Healthcare Analytics Specialist' }).count()).toBe(
      1,
    );
    expect(await page.getByText('An optional second track').count()).toBe(1);

    await importFile(page, await writeTempFile('data-engineering.json', JSON.stringify(roadmapFile, null, 2)));
    await page.getByRole('heading', { name: `Import “${TITLE}”?` }).waitFor();
    expect(await page.getByRole('list', { name: 'Phases in the file' }).getByRole('listitem').count()).toBe(1);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').getByText(`Imported “${TITLE}”`).waitFor();
    await expect.poll(() => importedCards(page).count()).toBe(1);
    expect(await importedCards(page).getByText('0 of 3 goals and milestones done').count()).toBe(1);

    await follow(page, TITLE);
    await expect.poll(() => page.getByText('0 of 3 goals and milestones done').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: JOINS_GOAL }).isChecked()).toBe(false);
    await tick(page, JOINS_GOAL);
    await expect.poll(() => page.getByText('1 of 3 goals and milestones done').count()).toBe(1);

    await openRoadmaps(page);
    expect(await page.locator('[aria-current="true"]').getByRole('heading', { name: TITLE }).count()).toBe(1);
    expect(await importedCards(page).getByText('1 of 3 goals and milestones done').count()).toBe(1);
    await follow(page, 'AI Healthcare Analytics Specialist');
    await page.getByRole('checkbox', { name: SQL_GOAL }).waitFor();
    expect(await page.getByRole('checkbox', { name: SQL_GOAL }).isChecked()).toBe(false);
    expect(await page.getByText('0 of 24 goals and milestones done').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: JOINS_GOAL }).count()).toBe(0);

    await openRoadmaps(page);
    await follow(page, TITLE);
    await page.getByRole('checkbox', { name: JOINS_GOAL }).waitFor();
    expect(await page.getByRole('checkbox', { name: JOINS_GOAL }).isChecked()).toBe(true);

    // The choice survives a reload.
    await page.reload();
    await page.getByRole('checkbox', { name: JOINS_GOAL }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('checkbox', { name: JOINS_GOAL }).isChecked()).toBe(true);
  });

  it('refuses a corrupt file with a clear error and changes nothing', async () => {
    const page = await open('/roadmaps');
    await importFile(page, await writeTempFile('data-engineering.json', JSON.stringify(roadmapFile)));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importedCards(page).count()).toBe(1);

    const corrupt = JSON.stringify(roadmapFile).slice(0, 200);
    await importFile(page, await writeTempFile('corrupt.json', corrupt));
    const alert = page.getByRole('alert').filter({ hasText: 'not complete JSON' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Nothing was changed\.$/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);

    const hostile = JSON.stringify({ ...roadmapFile, roadmap: { ...roadmapFile.roadmap, id: 'other', title: 'Hostile' } }).replace(
      'https://www.postgresql.org/docs/',
      'javascript:alert(1)',
    );
    await importFile(page, await writeTempFile('hostile.json', hostile));
    await page.getByRole('alert').filter({ hasText: 'must be an http:// or https:// address' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Roadmaps' }).waitFor();
    await expect.poll(() => importedCards(page).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Hostile' }).count()).toBe(0);
    expect(await page.locator('[aria-current="true"]').getByRole('heading', { name: 'AI Healthcare Analytics Specialist' }).count()).toBe(
      1,
    );
  });

  it('removes an imported roadmap after asking, and a re-import brings its progress back', async () => {
    const page = await open('/roadmaps');
    const file = await writeTempFile('data-engineering.json', JSON.stringify(roadmapFile));
    await importFile(page, file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await follow(page, TITLE);
    await expect.poll(() => page.getByText('0 of 3 goals and milestones done').count()).toBe(1);
    await tick(page, JOINS_GOAL);

    await openRoadmaps(page);
    await page.getByRole('button', { name: `Remove ${TITLE}…` }).click();
    const confirm = page.getByRole('group', { name: `Remove “${TITLE}”?` });
    expect(await confirm.getByText('Your progress, notes and evidence on it are kept').count()).toBe(1);
    await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect.poll(() => importedCards(page).count()).toBe(0);
    // It was the one being followed, so the built-in roadmap is followed again.
    await expect
      .poll(() => page.locator('[aria-current="true"]').getByRole('heading', { name: 'AI Healthcare Analytics Specialist' }).count())
      .toBe(1);

    await importFile(page, file);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => importedCards(page).getByText('1 of 3 goals and milestones done').count()).toBe(1);
  });
});
