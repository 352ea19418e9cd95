import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { LAPTOP_CONTEXT, guardPage, launchBrowser } from './helpers';

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

test('production build loads: <main> landmark, a title, no errors or third-party requests', async () => {
  const baseURL = inject('baseURL');
  if (!browser) throw new Error('browser did not launch');
  const context = await browser.newContext(LAPTOP_CONTEXT);
  try {
    const page = await context.newPage();
    const guard = guardPage(page, baseURL);
    await page.goto(baseURL, { waitUntil: 'load' });
    await page.getByRole('main').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.getByRole('main').count()).toBe(1);
    expect((await page.title()).trim()).not.toBe('');
    guard.assertClean();
  } finally {
    await context.close();
  }
});
