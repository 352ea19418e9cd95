// The progress report, the share card, the manifest shortcuts and the iPhone Home Screen hint, in
// the production build. One profile is filled once through the UI, by the first test, (ticks, a skipped goal, a
// milestone with evidence, a note, two sessions) and read by every test that follows.
// SCREENSHOT_DIR=/some/dir also saves screenshots of the report (screen and print, both widths,
// light and dark) for a person to look at.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LAPTOP, PHONE, guardPage, launchBrowser, waitForServiceWorkerControl } from './helpers';
import { Session, tick, waitForChecklist } from './journey-helpers';

const baseURL = inject('baseURL');
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
/** Drawing, encoding and live queries can take seconds on a busy machine. */
const POLL = { timeout: 15_000 };

const PHASE_1 = '/phase/p1-data-foundations-sql';
const PHASES = [
  'Phase 1: Healthcare Data Foundations & SQL Mastery',
  'Phase 2: Python for Healthcare Analytics & Statistical Modeling',
  'Phase 3: Machine Learning for Clinical Prediction',
  'Phase 4: Healthcare NLP & Clinical LLMs',
  'Phase 5: Cloud Platforms, FHIR & Healthcare MLOps',
  'Phase 6: Capstone: End-to-End Healthcare AI Project & Portfolio',
];
const EVIDENCE = 'https://github.com/example/omop-cohort-queries';
const NOTE = 'Took the OHDSI tutorial twice; the claims part was new to me.';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let session: Session;
let page: Page;

async function shoot(name: string): Promise<void> {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Logs a session today; `shown` is how the log lists its length ("1 h 30 min"). */
async function logSession(minutes: number, shown: string, phase: string | null): Promise<void> {
  await page.goto(`${baseURL}/log`);
  const form = page.getByRole('region', { name: 'New session' });
  await form.getByRole('spinbutton', { name: 'Minutes' }).fill(String(minutes));
  if (phase) await form.getByLabel('Phase (optional)').selectOption({ label: phase });
  await form.getByRole('button', { name: 'Log session' }).click();
  await page.getByRole('button', { name: new RegExp(`^Edit session of .*, ${shown}$`) }).waitFor();
}

async function openReport(): Promise<void> {
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${baseURL}/report`);
  await page.getByRole('heading', { level: 1, name: 'AI Healthcare Analytics Specialist' }).waitFor();
}

async function runAxe(target: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content-Security-Policy rightly refuses inline scripts.
  await target.evaluate(await AXE_SOURCE);
  return target.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

beforeAll(async () => {
  session = new Session(baseURL);
  page = await session.open(PHASE_1);
});

afterAll(async () => {
  await session?.close();
});

// The journey's first step, which every later test reads (tests in a file run in order).
it('records progress the way a person does: ticks, a skipped goal, evidence, a note, a plan, two sessions', async () => {
  await waitForChecklist(page);
  await tick(page, /Understand the healthcare data landscape/);
  await tick(page, /Master SQL with healthcare-specific schemas/);
  await page.getByLabel(/Status of “Learn HIPAA/).selectOption('skipped');
  await expect.poll(() => page.getByLabel(/Status of “Learn HIPAA/).inputValue(), POLL).toBe('skipped');
  await tick(page, /You can independently query OMOP-based databases/);
  await page.getByRole('button', { name: /^Add link \(evidence for/ }).click();
  await page.getByLabel(/^Evidence link for/).fill(EVIDENCE);
  await page.getByRole('button', { name: 'Save link' }).click();
  await page.getByRole('link', { name: 'github.com/example/omop-cohort-queries' }).waitFor();
  await page.getByRole('button', { name: /^Add note on “Understand the healthcare data landscape/ }).click();
  await page.getByLabel(/^Note on “Understand the healthcare data landscape/).fill(NOTE);
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.getByText(NOTE).waitFor();
  await page.goto(`${baseURL}/phase/p2-python-biostatistics`);
  await waitForChecklist(page);
  await tick(page, /Build proficiency in Python data stack/);
  await page.goto(`${baseURL}/plan`);
  await page.getByLabel('Start date').fill('2026-01-05');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await logSession(90, '1 h 30 min', PHASES[0] ?? '');
  await logSession(30, '30 min', null);
}, 180_000);

describe('the progress report', () => {
  it('shows every phase with its progress under print media, without navigation or buttons', async () => {
    await openReport();
    await page.emulateMedia({ media: 'print' });
    for (const title of PHASES) expect(await page.getByRole('heading', { level: 3, name: title }).isVisible()).toBe(true);
    const phase = (title: string) => page.getByRole('region', { name: title });
    await expect.poll(() => phase(PHASES[0] ?? '').textContent(), POLL).toMatch(/Done · 3 of 3 done \(1 skipped\) · 100%/);
    expect(await phase(PHASES[0] ?? '').textContent()).toMatch(/PlannedJan 5, 2026 – Feb 1, 2026 \(28 days\)Studied1\.5 hours/);
    expect(await phase(PHASES[1] ?? '').textContent()).toMatch(/In progress · 1 of 4 done · 25%/);
    expect(await phase(PHASES[5] ?? '').textContent()).toMatch(/Not started · 0 of 4 done · 0%/);
    // Done items with their evidence, as a link that prints its address.
    const evidence = page.getByRole('link', { name: EVIDENCE });
    expect(await evidence.getAttribute('href')).toBe(EVIDENCE);
    expect(await evidence.isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: 'Not tied to a phase 0.5 hours' }).isVisible()).toBe(true);
    await page.getByRole('figure').waitFor();
    expect(await page.getByRole('figure').isVisible()).toBe(true);
    // No navigation, controls or share card on paper.
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Share a progress card' }).isVisible()).toBe(false);
    expect(await page.getByTestId('storage-status').isVisible()).toBe(false);
    // Black on white even in dark mode.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.body);
      return { text: style.color, background: style.backgroundColor };
    });
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
    // What "Save as PDF" makes (headless Chromium prints with the same print stylesheet).
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: null, colorScheme: null });
  });

  it('leaves notes and skipped items out unless they are ticked in', async () => {
    await openReport();
    const phase1 = page.getByRole('region', { name: PHASES[0] ?? '' });
    await phase1.getByText(/Understand the healthcare data landscape/).waitFor();
    expect(await page.getByText(NOTE).count()).toBe(0);
    expect(await phase1.getByText(/Learn HIPAA/).count()).toBe(0);

    await page.getByLabel('Include my notes').check();
    await page.getByText(NOTE).waitFor();
    await page.getByLabel('Include skipped items').check();
    await phase1.getByText(/Learn HIPAA/).waitFor();
    expect(
      await phase1
        .getByRole('listitem')
        .filter({ hasText: /Learn HIPAA/ })
        .textContent(),
    ).toMatch(/^Skipped/);
    await page.getByLabel('Include the study log heatmap').uncheck();
    await expect.poll(() => page.getByRole('figure').count(), POLL).toBe(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText(NOTE).isVisible()).toBe(true);
    await page.emulateMedia({ media: null });
    await page.getByLabel('Include my notes').uncheck();
    await expect.poll(() => page.getByText(NOTE).count(), POLL).toBe(0);
  });

  it('makes the share card a 1200×630 PNG, described in words, with no notes', async () => {
    await openReport();
    const description = page.locator('#report-share-description');
    await description.getByText(/^Progress card for “AI Healthcare Analytics Specialist”: 17% done/).waitFor();
    const text = (await description.textContent()) ?? '';
    expect(text).toMatch(/Now in phase 2 of 6: Python for Healthcare Analytics/);
    expect(text).toMatch(/2 hours studied in the last 4 weeks/);
    expect(text).toMatch(/Daily study streak: 1 day/);
    expect(text).not.toContain(NOTE);

    const button = page.getByRole('button', { name: 'Share a progress card' });
    await expect.poll(() => button.isEnabled(), POLL).toBe(true);
    // This Chromium cannot share files (no Web Share on Linux), so the card is downloaded.
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^roadmap-progress-\d{4}-\d{2}-\d{2}\.png$/);
    const png = await readFile(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ width: 1200, height: 630 });
    if (SCREENSHOT_DIR) await writeFile(path.join(SCREENSHOT_DIR, 'progress-card.png'), png);
    await page
      .getByRole('status')
      .filter({ hasText: /The progress card was saved as roadmap-progress-/ })
      .waitFor();
  });

  it('is clean under axe at 390 and 1280 px, light and dark, on screen and in print', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ ...viewport });
        await page.emulateMedia({ media: 'screen', colorScheme });
        await openReport();
        await page.getByLabel('Include my notes').check();
        await page.getByRole('figure').waitFor();
        await expect.poll(() => page.getByRole('button', { name: 'Share a progress card' }).isEnabled(), POLL).toBe(true);
        expect(await runAxe(page), `${viewport.width}px ${colorScheme}`).toEqual([]);
        await shoot(`report-${viewport.width}-${colorScheme}`);
        await page.emulateMedia({ media: 'print', colorScheme });
        expect(await runAxe(page), `${viewport.width}px ${colorScheme} print`).toEqual([]);
        await shoot(`report-print-${viewport.width}-${colorScheme}`);
      }
    }
    await page.emulateMedia({ media: null, colorScheme: null });
    await page.setViewportSize({ ...LAPTOP });
  });
});

describe('on the installed app', () => {
  it('puts the number of interview cards due on the app icon', async () => {
    // The badge itself lives in the operating system: record what the app asks of the real API.
    await page.addInitScript(() => {
      const calls: (number | 'clear')[] = [];
      Object.assign(window, { badgeCalls: calls });
      const set = navigator.setAppBadge?.bind(navigator);
      const clear = navigator.clearAppBadge?.bind(navigator);
      if (!set || !clear) return;
      navigator.setAppBadge = (contents?: number) => {
        calls.push(contents ?? 0);
        return set(contents);
      };
      navigator.clearAppBadge = () => {
        calls.push('clear');
        return clear();
      };
    });
    await page.goto(`${baseURL}/`);
    expect(await page.evaluate(() => 'setAppBadge' in navigator)).toBe(true);
    // Phases 1 and 2 have their first goal done: 9 + 9 new cards, capped at 10 new a day.
    await expect.poll(() => page.evaluate(() => (window as unknown as { badgeCalls: unknown[] }).badgeCalls.at(-1)), POLL).toBe(10);
  });

  it('opens every manifest shortcut offline', async () => {
    await page.goto(`${baseURL}/`);
    await waitForServiceWorkerControl(page);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await page.evaluate(async (href) => (await fetch(href)).json(), manifestHref ?? '/manifest.webmanifest')) as {
      shortcuts: { name: string; short_name: string; url: string; icons: { src: string; sizes: string }[] }[];
    };
    expect(manifest.shortcuts.map((shortcut) => [shortcut.short_name, shortcut.url])).toEqual([
      ['Today', '/#today'],
      ['Log a session', '/log'],
      ['Practise', '/practice'],
    ]);
    for (const shortcut of manifest.shortcuts) {
      expect(shortcut.name.length).toBeGreaterThan(0);
      expect(shortcut.icons).toEqual([expect.objectContaining({ sizes: '96x96' })]);
    }

    const headings: Record<string, string> = { '/#today': 'Dashboard', '/log': 'Log a study session', '/practice': 'Interview practice' };
    await session.context?.setOffline(true);
    try {
      for (const shortcut of manifest.shortcuts) {
        // From a blank page, so "/#today" is a real page load and not a jump within "/".
        await page.goto('about:blank');
        await page.goto(`${baseURL}${shortcut.url}`);
        await page.getByRole('heading', { level: 1, name: headings[shortcut.url] }).waitFor();
        // The icon comes from the precache too.
        const icon = shortcut.icons[0]?.src ?? '';
        expect(await page.evaluate(async (src) => (await fetch(src)).headers.get('content-type'), icon)).toBe('image/png');
      }
    } finally {
      await session.context?.setOffline(false);
    }
  });
});

describe('polish', () => {
  it('highlights the tab of the view, Home on a phase page and on the report, Roadmaps on its own', async () => {
    const current = () => page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]').textContent();
    for (const [where, tab] of [
      [PHASE_1, 'Home'],
      ['/report', 'Home'],
      ['/roadmaps', 'Roadmaps'],
      ['/log', 'Log'],
    ] as const) {
      await page.goto(`${baseURL}${where}`);
      await expect.poll(current, POLL).toBe(tab);
    }
  });

  it('keeps the phone tab bar to one line of labels, and toasts above it', async () => {
    await page.setViewportSize({ ...PHONE });
    try {
      await page.goto(`${baseURL}/log`);
      const nav = page.getByRole('navigation', { name: 'Main' });
      const links = nav.getByRole('link');
      expect(await links.allTextContents()).toEqual(['Home', 'Plan', 'Log', 'Practice', 'Roadmaps', 'Role', 'Data']);
      const bar = await nav.boundingBox();
      expect(bar?.height).toBeLessThanOrEqual(60);
      for (const box of await Promise.all((await links.all()).map((link) => link.boundingBox()))) {
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= PHONE.width).toBe(true);
      }
      // Delete a session and undo it: "Session restored" is a toast.
      await page.getByRole('button', { name: /^Delete session of .*, 30 min$/ }).click();
      await page.getByRole('button', { name: 'Undo' }).click();
      const toast = page.locator('.toast').filter({ hasText: 'Session restored' });
      await toast.waitFor();
      const toastBox = await toast.boundingBox();
      expect((toastBox?.y ?? 0) + (toastBox?.height ?? 0)).toBeLessThanOrEqual((await nav.boundingBox())?.y ?? 0);
      if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'toast-390.png') });
    } finally {
      await page.setViewportSize({ ...LAPTOP });
    }
  });

  it('draws the 26-week heatmap across the card with readable cells and 12 px labels, at 390 and 1280 px', async () => {
    for (const viewport of [PHONE, LAPTOP]) {
      await page.setViewportSize({ ...viewport });
      await page.goto(`${baseURL}/log`);
      const chart = page.locator('.heatmap__svg');
      await chart.waitFor();
      const sizes = await chart.evaluate((element) => {
        const svg = element as unknown as SVGSVGElement;
        const card = svg.closest('.card')?.getBoundingClientRect().width ?? 0;
        const cell = svg.querySelector('rect.heatmap__cell')?.getBoundingClientRect().width ?? 0;
        // Font size in user units times the drawn scale: the size the text has on screen.
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const fonts = [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
        return { card, chart: svg.getBoundingClientRect().width, cell, smallestFont: Math.min(...fonts) };
      });
      expect(sizes.smallestFont, `${viewport.width}px`).toBeGreaterThanOrEqual(12);
      expect(sizes.chart, `${viewport.width}px`).toBeGreaterThan(sizes.card * 0.8);
      expect(sizes.cell, `${viewport.width}px`).toBeGreaterThanOrEqual(viewport === PHONE ? 9 : 24);
      if (SCREENSHOT_DIR) await chart.screenshot({ path: path.join(SCREENSHOT_DIR, `heatmap-${viewport.width}.png`) });
    }
    await page.setViewportSize({ ...LAPTOP });
  });
});

describe('in an iPhone Safari tab', () => {
  it('suggests the Home Screen once, says the data is not protected, and stays dismissed', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ userAgent: IPHONE_SAFARI, viewport: { ...PHONE }, isMobile: true, hasTouch: true });
      const phone = await context.newPage();
      const guard = guardPage(phone, baseURL);
      await phone.goto(`${baseURL}/`);
      const hint = phone.getByRole('region', { name: 'Keep your progress safe: add the app to your Home Screen' });
      await hint.waitFor();
      expect(await hint.textContent()).toMatch(/tap Share, then Add to Home Screen.*7 days without a visit/);
      await expect
        .poll(() => phone.getByTestId('storage-status').textContent())
        .toMatch(/not protected: Safari may delete it after 7 days/);
      expect(await runAxe(phone)).toEqual([]);
      if (SCREENSHOT_DIR) await phone.screenshot({ path: path.join(SCREENSHOT_DIR, 'home-screen-hint-390.png') });

      await hint.getByRole('button', { name: 'Got it, hide this' }).click();
      await expect.poll(() => hint.count(), POLL).toBe(0);
      await phone.reload();
      await waitForChecklist(phone);
      expect(await hint.count()).toBe(0);
      guard.assertClean();
      await context.close();
    } finally {
      await browser.close();
    }
  });

  it('shows no hint in a desktop browser', async () => {
    await page.goto(`${baseURL}/`);
    await waitForChecklist(page);
    expect(await page.getByRole('region', { name: /add the app to your Home Screen/ }).count()).toBe(0);
  });
});
