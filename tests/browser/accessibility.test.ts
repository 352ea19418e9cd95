// axe-core over every view and its main states, at phone and laptop width, in light and dark. One
// browser context per variant walks the views in order: later steps build on what earlier ones added
// (ticks, a plan, sessions, own items), so a variant's steps must run in this order.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findViolations, formatViolations } from './axe';
import { dismissToasts, isoDay, makeFixtureFiles, openWithoutStorage, VARIANTS } from './a11y-helpers';
import { guardPage, launchBrowser, type PageGuard } from './helpers';
import { tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
const PHASE_1 = '/phase/p1-data-foundations-sql';
const PHASE_2 = '/phase/p2-python-biostatistics';
const PHASE_3 = '/phase/p3-clinical-ml';

let browser: Browser;
let files: string;
let roadmapFile: string;

beforeAll(async () => {
  browser = await launchBrowser();
  ({ dir: files, roadmapFile } = await makeFixtureFiles());
});

afterAll(async () => {
  await browser?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

describe.each(VARIANTS)('accessibility, $name', ({ name, options }) => {
  let context: BrowserContext;
  let page: Page;
  let guard: PageGuard;

  beforeAll(async () => {
    // Reduced motion: axe measures colours once, so nothing may be mid-transition when it does.
    context = await browser.newContext({ ...options, reducedMotion: 'reduce', acceptDownloads: true });
    page = await context.newPage();
    guard = guardPage(page, baseURL);
  });

  afterAll(async () => {
    guard?.assertClean();
    await context?.close();
  });

  /**
   * Records every violation on the page as it is now, one actionable block per rule. Soft, so a step
   * with several states reports all of them. Toasts are dismissed first (they vanish after five
   * seconds anyway and would only hide what lies under them); the toast step checks one in place.
   */
  async function expectNoViolations(state: string, { on = page, keepToasts = false } = {}): Promise<void> {
    if (!keepToasts) await dismissToasts(on);
    const violations = await findViolations(on);
    expect.soft(violations.length, `\n${formatViolations(`${name} · ${state}`, violations)}\n`).toBe(0);
  }

  async function open(urlPath: string): Promise<void> {
    await page.goto(baseURL + urlPath);
    await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
  }

  /** Waits for the first element with this text (toasts and live regions may repeat it). */
  const waitForText = (text: RegExp) => page.getByText(text).first().waitFor();
  const button = (label: string | RegExp, extra: { exact?: boolean } = {}) => page.getByRole('button', { name: label, ...extra });

  it('home, empty', async () => {
    await open('/');
    await waitForChecklist(page);
    await expectNoViolations('home, empty');
  });

  it('practice, locked', async () => {
    await open('/practice');
    await page.getByText(/No cards to review yet/).waitFor();
    await expectNoViolations('practice, locked');
  });

  it('plan, no plan yet', async () => {
    await open('/plan');
    await page.getByLabel('Start date').waitFor();
    await expectNoViolations('plan, no plan yet');
  });

  it('study log, empty', async () => {
    await open('/log');
    await page.getByText(/No study sessions logged yet/).waitFor();
    await expectNoViolations('study log, empty');
  });

  it('data, before any backup', async () => {
    await open('/data');
    await expectNoViolations('data, empty');
  });

  it('phase 1 with a note editor and the milestone evidence editor open, and an address refused', async () => {
    await open(PHASE_1);
    await waitForChecklist(page);
    await expectNoViolations('phase 1, untouched');
    await tick(page, /Understand the healthcare data landscape/);
    await page.getByRole('combobox', { name: /Status of “Learn HIPAA/ }).selectOption('in-progress');
    await page.getByRole('combobox', { name: /Status of “Master SQL/ }).selectOption('skipped');
    await page
      .getByRole('checkbox', { name: /^Studied:/ })
      .first()
      .check();
    await button(/^Add note on “Understand the healthcare/).click();
    await page.getByRole('textbox', { name: /Note on “Understand the healthcare/ }).fill('Claims vs EHR: who records what, and when');
    await button('Save note').click();
    await page.getByText('Claims vs EHR: who records what, and when').waitFor();
    await button(/^Add note on “Learn HIPAA/).click();
    await page.locator('.evidence').getByRole('button', { name: /add/i }).click();
    const evidence = page.getByRole('textbox', { name: /^Evidence link for/ });
    await evidence.fill('javascript:alert(1)');
    await button('Save link').click();
    await page.getByRole('alert').first().waitFor();
    await expectNoViolations('phase 1, editors open, address refused');
    await evidence.fill('https://github.com/example/omop-etl');
    await button('Save link').click();
    await page.getByRole('link', { name: /github\.com\/example\/omop-etl/ }).waitFor();
    await expectNoViolations('phase 1, evidence link saved');
  });

  it('phase 2 with own items', async () => {
    await open(PHASE_2);
    await waitForChecklist(page);
    await page.getByText('Add your own goal').click();
    await page.getByRole('textbox', { name: 'Your own goal' }).fill('Fit a Cox model on the Synthea cohort');
    await button('Add goal').click();
    await page.getByRole('checkbox', { name: 'Fit a Cox model on the Synthea cohort' }).waitFor();
    await page.getByRole('textbox', { name: 'Your own goal' }).fill('Explain hazard ratios to a clinician');
    await button('Add goal').click();
    await page.getByRole('checkbox', { name: 'Explain hazard ratios to a clinician' }).waitFor();
    await page.getByText('Add your own resource').click();
    await page.getByRole('textbox', { name: 'Your own resource: title' }).fill('Survival analysis notes');
    await page.getByRole('textbox', { name: 'Address' }).fill('https://example.org/survival');
    await button('Add resource').click();
    await page.getByRole('link', { name: /Survival analysis notes/ }).waitFor();
    await button(/^Delete “Explain hazard ratios/).click();
    await page.getByRole('group', { name: /^Delete “Explain hazard ratios/ }).waitFor();
    await expectNoViolations('phase 2, own items');
  });

  it('phase 3 with hidden items', async () => {
    await open(PHASE_3);
    await waitForChecklist(page);
    await button(/^Hide “/)
      .first()
      .click();
    await page.getByRole('heading', { name: 'Hidden in this phase' }).waitFor();
    await expectNoViolations('phase 3, hidden items');
  });

  it('home with some progress', async () => {
    await open('/');
    await waitForChecklist(page);
    await waitForText(/\d+ cards? due/);
    await expectNoViolations('home, some progress');
  });

  it('the study timer: running at home, its bar on the role view, stopped with the log form', async () => {
    await button(/^Start studying phase 1/).click();
    await page.getByRole('timer').waitFor();
    await expectNoViolations('home, timer running');
    await open('/role');
    await page.getByText(/^Studying:/).waitFor();
    await expectNoViolations('role, timer bar');
    await open('/');
    await button('Stop and log').click();
    await button('Discard the timer').click();
    await page.getByRole('group', { name: 'Discard this timer?' }).waitFor();
    await expectNoViolations('home, timer stopped, discard asked');
    await page.getByRole('group', { name: 'Discard this timer?' }).getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByText('Timer discarded; nothing was logged.').waitFor();
  });

  it('plan with a plan: pace and charts', async () => {
    await open('/plan');
    await page.getByLabel('Start date').fill(isoDay(-30));
    await page.getByLabel('Hours per week (optional)').fill('5');
    await button('Save plan').click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await page.locator('figure.burnup').waitFor();
    await button('Change start, target or hours').click();
    await page.getByLabel(/Finish by a date/).check();
    await expectNoViolations('plan, with a plan');
  });

  it('study log with sessions and the heatmap', async () => {
    await open('/log');
    for (const [day, minutes] of [
      [isoDay(0), '45'],
      [isoDay(-1), '90'],
      [isoDay(-9), '30'],
    ] as const) {
      await page.getByLabel('Day').fill(day);
      await page.getByRole('spinbutton', { name: 'Minutes' }).fill(minutes);
      await button('Log session').click();
      await waitForText(/^Logged /);
    }
    await expect.poll(() => page.locator('.sessions__item').count()).toBe(3);
    await expectNoViolations('study log, with sessions');
  });

  it('practice, start and a review with the answer shown', async () => {
    await open('/practice');
    await button('Start review').waitFor();
    await expectNoViolations('practice, start');
    await button('Start review').click();
    await button('Show answer').click();
    await page.getByRole('group', { name: 'How well did you recall it?' }).waitFor();
    await expectNoViolations('practice, answer shown');
  });

  it('search with results and with none', async () => {
    await open('/search?q=sql');
    await page
      .getByRole('status')
      .filter({ hasText: /results?$/ })
      .waitFor();
    await expectNoViolations('search, results');
    await page.getByRole('searchbox').fill('zzqx nothing like this');
    await page.getByText(/Nothing matches/).waitFor();
    await expectNoViolations('search, no results');
  });

  it('data: export, import preview, replace confirmation, restore points', async () => {
    await open('/data');
    const download = page.waitForEvent('download');
    await button(/Export backup/).click();
    const backupFile = path.join(files, `backup-${name.replace(/\W+/g, '-')}.json`);
    await (await download).saveAs(backupFile);
    await page.getByLabel('Backup file (.json)').setInputFiles(backupFile);
    await page.getByRole('heading', { name: /What importing/ }).waitFor();
    await expectNoViolations('data, import preview');
    await button('Replace everything…').click();
    await page.getByRole('group', { name: /Replace all your data/ }).waitFor();
    await expectNoViolations('data, replace confirmation');
    await button('Back', { exact: true }).click();
    await button('Merge into this device').click();
    await page.getByRole('list', { name: 'Restore points, newest first' }).waitFor();
    await button(/^Restore the data of/)
      .first()
      .click();
    await page.getByRole('group', { name: /^Restore the data of/ }).waitFor();
    await expectNoViolations('data, restore points');
  });

  it('roadmaps: import preview and an imported roadmap', async () => {
    await open('/roadmaps');
    await page.getByLabel('Roadmap file (.json)').setInputFiles(roadmapFile);
    await page.getByRole('heading', { name: /^Import “Data engineering basics”/ }).waitFor();
    await expectNoViolations('roadmaps, import preview');
    await button('Import').click();
    await button(/Follow “Data engineering basics” now/).waitFor();
    await expectNoViolations('roadmaps, imported');
  });

  it('a toast in place', async () => {
    await open('/log');
    await button('Log session').click();
    await waitForText(/^Logged /);
    const violations = await findViolations(page);
    expect(violations.length, `\n${formatViolations(`${name} · a toast`, violations)}\n`).toBe(0);
  });

  // Toasts sit above the phone's tab bar, never on its links.
  if (options.isMobile) {
    it('a toast leaves the phone’s bottom tab bar uncovered', async () => {
      await dismissToasts(page);
      await button('Log session').click();
      const toast = page.locator('.toast');
      await toast.waitFor();
      const [toastBox, barBox] = await Promise.all([toast.boundingBox(), page.getByRole('navigation', { name: 'Main' }).boundingBox()]);
      expect(toastBox && barBox && toastBox.y + toastBox.height > barBox.y).toBe(false);
    });
  }

  it('storage failing: the banner, and an error toast', async () => {
    const failing = await openWithoutStorage(context, `${baseURL}/`);
    await failing.getByRole('alert').filter({ hasText: 'Your changes are not being saved.' }).waitFor();
    await waitForChecklist(failing);
    await failing.getByRole('checkbox').first().click();
    await failing
      .getByText(/^Not saved:/)
      .first()
      .waitFor();
    await expectNoViolations('storage failing', { on: failing, keepToasts: true });
    await failing.close();
  });
});
