import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { guardPage, launchBrowser, PHONE_CONTEXT } from './helpers';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext(PHONE_CONTEXT);
});

afterAll(async () => {
  await context.close();
  await browser.close();
});

describe('touch targets on a phone', () => {
  it.each(['/', '/phase/p1-data-foundations-sql', '/plan', '/log', '/practice', '/search', '/role', '/data', '/roadmaps'])(
    'every control on %s is at least 44 × 44 px (checkboxes through their labelled row)',
    async (path) => {
      const page = await context.newPage();
      const guard = guardPage(page, baseURL);
      await page.goto(baseURL + path);
      await page.getByRole('main').getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
      const tooSmall = await page.evaluate(() => {
        const problems: string[] = [];
        const controls = document.querySelectorAll(
          'button, select, input, textarea, summary, a.button, a.nav__link, a.search-link, a.brand',
        );
        for (const element of Array.from(controls)) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
          if (element.matches('input[type=checkbox], input[type=radio]')) {
            // The visible box is smaller; the whole labelled row is the target.
            const row = element.closest('label, .item__main, .studied, .choice, .field, li, div');
            const rowBox = row?.getBoundingClientRect();
            if (!rowBox || rowBox.height < 44)
              problems.push(`${name || (element as HTMLInputElement).type}: row ${Math.round(rowBox?.height ?? 0)} px`);
          } else if (box.height < 44 || box.width < 44) {
            problems.push(`${element.tagName.toLowerCase()} “${name}”: ${Math.round(box.width)}×${Math.round(box.height)} px`);
          }
        }
        return problems;
      });
      expect(tooSmall).toEqual([]);
      guard.assertClean();
      await page.close();
    },
  );
});
