// axe-core in the real page, for tests/browser/accessibility.test.ts.
//
// How axe gets into the page: the app's Content-Security-Policy (`script-src 'self'`, no
// 'unsafe-inline') blocks `page.addScriptTag({ content })`, which inserts an inline <script>: it
// throws and the page logs a CSP violation. `page.evaluate(source)` runs the same source through the
// DevTools protocol (Runtime.evaluate), which a page's CSP does not govern, so the page under test
// keeps its real policy (no `bypassCSP`) and no console error is raised.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Every rule enabled by default stays on; every rule with one of these tags is switched on too. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

declare global {
  interface Window {
    axe?: {
      getRules: () => { ruleId: string; tags: string[] }[];
      run: (context: Document, options: RunOptions) => Promise<AxeResults>;
    };
  }
}

/** Loads axe into the page once per document (a full navigation needs it again). */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => window.axe !== undefined)) return;
  await page.evaluate(AXE_SOURCE);
}

/** Runs axe over the whole document and returns its violations (any impact). */
export async function findViolations(page: Page): Promise<Result[]> {
  await injectAxe(page);
  return page.evaluate(
    async (tags) => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core did not load');
      // Tag-matched rules that are off by default (target-size, the experimental ones) are switched
      // on by id; `runOnly` would instead switch off default rules that carry none of these tags.
      const rules = Object.fromEntries(
        axe
          .getRules()
          .filter((rule) => rule.tags.some((tag) => tags.includes(tag)))
          .map((rule) => [rule.ruleId, { enabled: true }]),
      );
      const results = await axe.run(document, { rules, resultTypes: ['violations'] });
      return results.violations;
    },
    AXE_TAGS as readonly string[],
  );
}

function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** One block per violated rule: id, impact and help, then each failing element's selector, HTML and reason. */
export function formatViolations(where: string, violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const reason = node.failureSummary?.split('\n').slice(1).join(' ') ?? '';
        return `    at ${node.target.join(' >>> ')}\n      ${shorten(node.html, 160)}\n      ${shorten(reason, 220)}`;
      });
      return `${where}: ${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
