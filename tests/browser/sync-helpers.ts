// Steps of the two-device sync journey: reading IndexedDB of a page, waiting for its next sync,
// running axe, filling the set-up form as a person would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every row of one table of the app's database in `page`. */
export function readTable(page: Page, table: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = indexedDB.open('roadmap-tracker');
        request.addEventListener('error', () => reject(new Error(String(request.error))));
        request.addEventListener('success', () => {
          const database = request.result;
          const rows = database.transaction(name, 'readonly').objectStore(name).getAll();
          rows.addEventListener('success', () => {
            database.close();
            // CryptoKeys and the like do not survive the trip out of the page; plain data does.
            resolve(JSON.parse(JSON.stringify(rows.result)) as Record<string, unknown>[]);
          });
          rows.addEventListener('error', () => reject(new Error(String(rows.error))));
        });
      }),
    table,
  );
}

interface StatusRow {
  lastSuccessAt: number | null;
  failure: { kind: string; message: string; at: number } | null;
}

export async function readSyncStatus(page: Page): Promise<StatusRow> {
  const rows = await readTable(page, 'syncState');
  const status = rows.find((row) => row.key === 'status')?.value as StatusRow | undefined;
  return status ?? { lastSuccessAt: null, failure: null };
}

/** Waits until a sync that finished after `since` (epoch ms, page clock) is recorded. */
export async function waitForSyncAfter(page: Page, since: number, timeout = 30_000): Promise<void> {
  await expect.poll(async () => ((await readSyncStatus(page)).lastSuccessAt ?? 0) > since, { timeout, interval: 250 }).toBe(true);
}

export const pageNow = (page: Page): Promise<number> => page.evaluate(() => Date.now());

/** Item id -> status in the page's database. */
export async function readStatuses(page: Page): Promise<Record<string, string>> {
  const rows = await readTable(page, 'progress');
  return Object.fromEntries(rows.map((row) => [String(row.itemId), String(row.status)]));
}

/** Runs axe-core in the page (injected through the debugger, so the app's CSP stays as it is). */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;0`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((node) => node.target))})`,
    );
  });
  expect(violations, context).toEqual([]);
}

/** Presses "Sync now" on the sync page and waits for its answer. */
export async function syncNow(page: Page): Promise<void> {
  if (!page.url().endsWith('/sync')) {
    await page.getByTestId('sync-indicator').click();
    await page.getByRole('heading', { name: 'Sync status' }).waitFor();
  }
  const since = await pageNow(page);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await waitForSyncAfter(page, since);
}

/** Controls smaller than 44 × 44 px (radios and checkboxes through their labelled row), as touch-targets.test.ts measures. */
export function findSmallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const element of Array.from(
      document.querySelectorAll('button, select, input, textarea, summary, a.button, a.nav__link, a.search-link, a.brand'),
    )) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.id).trim().slice(0, 40);
      if (element.matches('input[type=checkbox], input[type=radio]')) {
        const row = element.closest('label')?.getBoundingClientRect();
        if (!row || row.height < 44) problems.push(`${name}: row ${Math.round(row?.height ?? 0)} px`);
      } else if (box.height < 44 || box.width < 44) {
        problems.push(`${element.tagName.toLowerCase()} “${name}”: ${Math.round(box.width)}×${Math.round(box.height)} px`);
      }
    }
    return problems;
  });
}
