import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PHONE_CONTEXT, guardPage, launchBrowser, launchPersistent, waitForServiceWorkerControl, type PageGuard } from './helpers';

const baseURL = inject('baseURL');
const SQL_GOAL = /Master SQL with healthcare-specific schemas/;

let browser: Browser | undefined;
let contexts: BrowserContext[] = [];
let guards: PageGuard[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const guard of guards) guard.assertClean();
  guards = [];
  await Promise.all(contexts.map((context) => context.close()));
  contexts = [];
});

/** A page that fails the test on console errors, and records React's hydration warnings too. */
async function openGuarded(context: BrowserContext): Promise<{ page: Page; warnings: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  guards.push(guardPage(page, baseURL));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (/hydrat/i.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
  });
  // Keeps the header element the HTML created, before any script runs: if hydration failed, React
  // would have thrown the prerendered DOM away and rendered a new one.
  await context.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') Object.assign(window, { prerenderedHeader: document.querySelector('header') });
    });
  });
  return { page, warnings };
}

async function isHeaderFromHtml(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const kept = (window as unknown as { prerenderedHeader?: Element | null }).prerenderedHeader;
    return Boolean(kept) && kept === document.querySelector('header');
  });
}

async function boxesOfCards(page: Page): Promise<number[][]> {
  return page.locator('main .card').evaluateAll((cards) =>
    cards.slice(0, 3).map((card) => {
      const box = card.getBoundingClientRect();
      return [Math.round(box.top), Math.round(box.height)];
    }),
  );
}

describe('the first view from the HTML', () => {
  it('paints the shell and a "Loading your progress…" dashboard before any script runs', async () => {
    if (!browser) throw new Error('browser did not launch');
    const context = await browser.newContext({ ...PHONE_CONTEXT, javaScriptEnabled: false });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(baseURL);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Loading your progress…' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe(
      'page',
    );
    // The skeleton has the dashboard's layout but nothing in it can be used or read out yet.
    expect(await page.locator('.first-view__skeleton[inert][aria-hidden="true"]').count()).toBe(1);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.locator('main input[type="checkbox"]:not([inert] *)').count()).toBe(0);

    await page.goto(`${baseURL}/plan`);
    await expect.poll(() => page.getByText('Loading your progress…').count()).toBe(1);
    expect(await page.locator('.first-view').count()).toBe(0);
    expect(await page.locator('[aria-current="page"]').count()).toBe(0);
  });

  it('reserves the space the first-run dashboard takes, so nothing moves when it arrives', async () => {
    if (!browser) throw new Error('browser did not launch');
    const withoutScript = await browser.newContext({ ...PHONE_CONTEXT, javaScriptEnabled: false });
    const withScript = await browser.newContext(PHONE_CONTEXT);
    contexts.push(withoutScript, withScript);
    const skeleton = await withoutScript.newPage();
    await skeleton.goto(baseURL);
    const { page } = await openGuarded(withScript);
    await page.goto(baseURL);
    await page.getByRole('checkbox').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('heading', { name: 'Set your dates' }).waitFor();
    expect(await boxesOfCards(page)).toEqual(await boxesOfCards(skeleton));
  });

  it('hydrates without a mismatch on /, a phase, /plan and after an offline reload, and shows a saved tick', async () => {
    const context = await launchPersistent(undefined, PHONE_CONTEXT);
    contexts.push(context);
    const { page, warnings } = await openGuarded(context);
    await page.goto(baseURL);
    await page.getByRole('checkbox').first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await isHeaderFromHtml(page)).toBe(true);
    const box = page.getByRole('checkbox', { name: SQL_GOAL }).first();
    await box.check();
    await expect.poll(() => box.getAttribute('aria-busy')).toBe('false');
    const phaseHref = (await page.getByRole('link', { name: /^Open phase 1/ }).getAttribute('href')) ?? '/';
    await waitForServiceWorkerControl(page);

    const visit = async (path: string, ready: () => Promise<void>) => {
      await page.goto(baseURL + path);
      await ready();
      expect(await isHeaderFromHtml(page), path).toBe(true);
    };
    const savedTickShown = async () => {
      await page.getByRole('checkbox', { name: SQL_GOAL }).first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(await page.getByRole('checkbox', { name: SQL_GOAL }).first().isChecked()).toBe(true);
    };
    const planShown = () => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
    for (const isOffline of [false, true]) {
      await context.setOffline(isOffline);
      await visit('/', savedTickShown);
      await visit(phaseHref, savedTickShown);
      await visit('/plan', planShown);
    }
    expect(warnings).toEqual([]);
  });
});
