import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { guardPage, launchPersistent, makeProfileDir, removeProfileDir, waitForServiceWorkerControl, type PageGuard } from './helpers';

const baseURL = inject('baseURL');
const SQL_GOAL = /Master SQL with healthcare-specific schemas/;
const LANDSCAPE_GOAL = /Understand the healthcare data landscape/;

let context: BrowserContext | undefined;
let profile: string | undefined;
let guards: PageGuard[] = [];

async function open(path = '/', existingProfile?: string): Promise<Page> {
  profile = existingProfile ?? (await makeProfileDir());
  context = await launchPersistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  guards.push(guardPage(page, baseURL));
  await page.goto(baseURL + path);
  return page;
}

async function checklistReady(page: Page): Promise<void> {
  await page.getByRole('checkbox').first().waitFor({ state: 'visible', timeout: 15_000 });
}

async function tick(page: Page, name: RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name }).first();
  await box.check();
  await expect.poll(() => box.getAttribute('aria-busy')).toBe('false');
}

afterEach(async () => {
  for (const guard of guards) guard.assertClean();
  guards = [];
  await context?.close();
  context = undefined;
  if (profile) await removeProfileDir(profile);
  profile = undefined;
});

describe('the tracker in a real browser', () => {
  it('shows the current phase checklist with real checkboxes named by their text', async () => {
    const page = await open();
    await checklistReady(page);
    await expect.poll(() => page.getByRole('list', { name: 'Current phase checklist' }).getByRole('checkbox').count()).toBe(4);
    expect(await page.getByRole('checkbox', { name: /OMOP CDM/ }).isChecked()).toBe(false);
    expect(await page.getByRole('heading', { name: /AI Healthcare Analytics Specialist/ }).count()).toBe(1);
  });

  it('keeps a tick after a reload', async () => {
    const page = await open();
    await checklistReady(page);
    await tick(page, SQL_GOAL);
    await page.reload();
    await checklistReady(page);
    expect(await page.getByRole('checkbox', { name: SQL_GOAL }).isChecked()).toBe(true);
    await expect.poll(() => page.getByText('1 of 24 goals and milestones done').count()).toBe(1);
  });

  it('keeps a tick after the browser restarts on the same profile', async () => {
    const page = await open();
    await checklistReady(page);
    await tick(page, SQL_GOAL);
    const dir = profile;
    await context?.close();
    context = undefined;
    const again = await open('/', dir);
    await checklistReady(again);
    expect(await again.getByRole('checkbox', { name: SQL_GOAL }).isChecked()).toBe(true);
  });

  it('works offline after the first visit: reload, deep link, and a tick made offline survives', async () => {
    const page = await open();
    await checklistReady(page);
    await tick(page, SQL_GOAL);
    await waitForServiceWorkerControl(page);
    // Load the lazily loaded views once online is not needed: everything is precached.
    await context?.setOffline(true);
    await page.reload();
    await checklistReady(page);
    expect(await page.getByRole('checkbox', { name: SQL_GOAL }).isChecked()).toBe(true);
    await tick(page, LANDSCAPE_GOAL);
    await page.reload();
    await checklistReady(page);
    expect(await page.getByRole('checkbox', { name: LANDSCAPE_GOAL }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: SQL_GOAL }).isChecked()).toBe(true);

    await page.goto(`${baseURL}/phase/p3-clinical-ml`);
    await page.getByRole('heading', { level: 1, name: 'Machine Learning for Clinical Prediction' }).waitFor();
    await page.goto(`${baseURL}/role`);
    await page.getByRole('heading', { name: 'Career ladder' }).waitFor();
    await context?.setOffline(false);
  });

  it('shows a tick made in one tab in another open tab without a reload', async () => {
    const first = await open();
    await checklistReady(first);
    const second = await context!.newPage();
    guards.push(guardPage(second, baseURL));
    await second.goto(baseURL);
    await checklistReady(second);
    await tick(first, SQL_GOAL);
    await expect.poll(() => second.getByRole('checkbox', { name: SQL_GOAL }).isChecked(), { timeout: 15_000 }).toBe(true);
    await tick(second, LANDSCAPE_GOAL);
    await expect.poll(() => first.getByRole('checkbox', { name: LANDSCAPE_GOAL }).isChecked(), { timeout: 15_000 }).toBe(true);
  });

  it('is installable: manifest with icons, service worker controlling the page', async () => {
    const page = await open();
    await checklistReady(page);
    await waitForServiceWorkerControl(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = (await (await page.request.get(new URL(manifestHref!, baseURL).href)).json()) as {
      name: string;
      short_name: string;
      description: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      display: 'standalone',
      name: expect.any(String),
      short_name: expect.any(String),
      description: expect.any(String),
    });
    expect(manifest.theme_color).toMatch(/^#/);
    expect(manifest.background_color).toMatch(/^#/);
    expect(manifest.icons.map((icon) => `${icon.sizes}/${icon.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192/any', '512x512/any', '512x512/maskable']),
    );
    const isControlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
    expect(isControlled).toBe(true);
    const cdp = await context!.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
  });

  it('reaches every status from the checklist, shown in words, and skipped items leave the count', async () => {
    const page = await open('/phase/p1-data-foundations-sql');
    await checklistReady(page);
    const status = page.getByRole('combobox', { name: /Status of “Learn HIPAA/ });
    await status.selectOption('in-progress');
    await expect
      .poll(() => page.getByRole('checkbox', { name: /Learn HIPAA/ }).evaluate((box) => (box as HTMLInputElement).indeterminate))
      .toBe(true);
    await status.selectOption('skipped');
    await expect.poll(() => page.getByText(/0 of 3 done .* 1 skipped/).count()).toBe(1);
    await page.reload();
    await checklistReady(page);
    expect(await page.getByRole('combobox', { name: /Status of “Learn HIPAA/ }).inputValue()).toBe('skipped');
  });

  it('is keyboard operable: Tab to a checkbox and Space ticks it', async () => {
    const page = await open('/phase/p1-data-foundations-sql');
    await checklistReady(page);
    const box = page.getByRole('checkbox', { name: LANDSCAPE_GOAL });
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    const outline = await box.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('opens resources as real links in a new tab without leaking the opener', async () => {
    const page = await open('/phase/p1-data-foundations-sql');
    await checklistReady(page);
    const link = page.getByRole('link', { name: /Book of OHDSI/ });
    expect(await link.getAttribute('href')).toBe('https://book.ohdsi.org/');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await page.getByRole('checkbox', { name: /Studied: OHDSI Book of OHDSI/ }).check();
    await expect.poll(() => page.getByText(/1 of 4 resources studied/).count()).toBe(1);
  });

  it('shows notes as plain text and refuses a javascript: evidence link', async () => {
    const page = await open('/phase/p1-data-foundations-sql');
    await checklistReady(page);
    await page.getByRole('button', { name: /Add note on “Master SQL/ }).click();
    await page.getByRole('textbox', { name: /Note on “Master SQL/ }).fill('<b>bold?</b> <img src=x onerror="document.title=1">');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('<b>bold?</b> <img src=x onerror="document.title=1">').waitFor();
    expect(await page.locator('main b, main img').count()).toBe(0);

    await page.getByRole('button', { name: /^Add link \(evidence for/ }).click();
    const field = page.getByRole('textbox', { name: /Evidence link/ });
    await field.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save link' }).click();
    await page.getByRole('alert').filter({ hasText: 'Only http:// and https:// links can be saved.' }).waitFor();
    await field.fill('https://github.com/me/omop-queries');
    await page.getByRole('button', { name: 'Save link' }).click();
    const evidence = page.getByRole('link', { name: 'github.com/me/omop-queries' });
    await evidence.waitFor();
    expect(await evidence.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('asks before leaving a view with a half-written note, and keeps it when the user stays', async () => {
    const page = await open('/phase/p1-data-foundations-sql');
    await checklistReady(page);
    await page.getByRole('button', { name: /Add note on “Master SQL/ }).click();
    await page.getByRole('textbox', { name: /Note on “Master SQL/ }).fill('Draft about PCORnet');
    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toMatch(/not saved yet/);
    expect(new URL(page.url()).pathname).toBe('/phase/p1-data-foundations-sql');
    expect(await page.getByRole('textbox', { name: /Note on “Master SQL/ }).inputValue()).toBe('Draft about PCORnet');
  });

  it.each([
    ['/', 'dashboard'],
    ['/phase/p4-clinical-nlp-llms', 'phase view'],
    ['/role', 'role overview'],
    ['/plan', 'plan'],
    ['/log', 'study log'],
  ])('has no horizontal scroll at 390 px on %s (%s)', async (path) => {
    const page = await open(path);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('main').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
