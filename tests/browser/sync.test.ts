// Two devices in step through a real Apache mod_dav on another loopback origin, with real CORS:
// a laptop-width profile sets sync up, a phone-width profile joins through the pairing link, and
// both tick, untick, edit a note, go offline and lose the server, as a person would.
//
// Set SYNC_SCREENSHOTS=/some/dir to keep screenshots of every step (light and dark).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApacheDav, type DavServer } from '../support/apache-dav';
import { readTree } from '../support/sync-fixtures';
import { guardPage, LAPTOP_CONTEXT, launchBrowser, PHONE_CONTEXT, type PageGuard } from './helpers';
import { tick, waitForChecklist } from './journey-helpers';
import {
  expectNoAxeViolations,
  findSmallTargets,
  pageNow,
  readStatuses,
  readSyncStatus,
  readTable,
  syncNow,
  waitForSyncAfter,
} from './sync-helpers';

const baseURL = inject('baseURL');
const SHOTS = process.env.SYNC_SCREENSHOTS;
const PASSPHRASE = 'purple tractor sings at dawn';
const LANDSCAPE = /Understand the healthcare data landscape/;
const SQL = /Master SQL with healthcare-specific schemas/;
const HIPAA = /Learn HIPAA, de-identification standards/;

let apache: DavServer;
let browser: Browser;
let laptop: BrowserContext;
let phone: BrowserContext;
let a: Page;
let b: Page;
const guards: PageGuard[] = [];
let pairingLink = '';

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Fills the server part of the set-up form. */
async function fillServer(page: Page, password: string): Promise<void> {
  await page.getByLabel('WebDAV address').fill(apache.url);
  await page.getByLabel('User name').fill(apache.user);
  await page.getByLabel('Password or app password').fill(password);
}

const isTicked = (page: Page, name: RegExp) => page.getByRole('checkbox', { name }).first().isChecked();

beforeAll(async () => {
  apache = await startApacheDav({ appOrigin: baseURL });
  browser = await launchBrowser();
  laptop = await browser.newContext({ ...LAPTOP_CONTEXT });
  phone = await browser.newContext({ ...PHONE_CONTEXT });
  a = await laptop.newPage();
  b = await phone.newPage();
  // The server's refusals (401, a server that is down) show in the console as failed loads: expected here.
  const serverLoads = new RegExp(apache.origin.replace(/[.:/]/g, '\\$&'));
  for (const page of [a, b]) guards.push(guardPage(page, baseURL, { ignore: [serverLoads, /ERR_INTERNET_DISCONNECTED/] }));
}, 180_000);

afterAll(async () => {
  for (const guard of guards) {
    // Sync talks to the WebDAV server the person configured, and to nothing else.
    expect(guard.foreignRequests.filter((request) => !request.includes(apache.origin))).toEqual([]);
    expect([...guard.consoleErrors, ...guard.pageErrors]).toEqual([]);
  }
  await browser?.close();
  await apache?.stop();
});

/** Presses "Sync now" on the sync page while the server is unreachable, and waits for the alert that says so. */
async function syncNowExpectingFailure(page: Page): Promise<void> {
  await page.getByTestId('sync-indicator').click();
  await page.getByRole('heading', { name: 'Sync status' }).waitFor();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: /^Sync failed: the server could not be reached/i })
    .waitFor({ timeout: 30_000 });
}

describe('sync between a laptop and a phone through Apache mod_dav', () => {
  it('sets up on the laptop: a wrong password is named and stores nothing, then the right one works', async () => {
    await a.goto(`${baseURL}/sync`);
    await a.getByRole('heading', { name: 'Set up sync' }).waitFor();
    await expectNoAxeViolations(a, 'set-up form, laptop, light');
    await shoot(a, '01-laptop-setup');
    await fillServer(a, 'not the password');
    await a.getByLabel('Name of this device').fill('Laptop');
    await a.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await a.getByLabel('Passphrase again').fill(PASSPHRASE);
    await a.getByRole('button', { name: 'Test connection' }).click();
    const passwordError = a.getByText(/The server rejected the user name or password/);
    await passwordError.waitFor();
    await expect.poll(() => a.evaluate(() => document.activeElement?.id)).toBe('sync-password');
    await a.getByRole('button', { name: 'Set up sync' }).click();
    await passwordError.waitFor();
    expect(await readTable(a, 'syncState')).toEqual([]);

    await a.getByLabel('Password or app password').fill(apache.password);
    await a.getByRole('button', { name: 'Test connection' }).click();
    await a.getByText('The connection works: a test file was written, read back and deleted.').waitFor();
    await a.getByRole('button', { name: 'Set up sync' }).click();
    await a.getByRole('heading', { name: 'Sync status' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => a.evaluate(() => document.activeElement?.textContent)).toBe('Sync status');
    await waitForSyncAfter(a, 0);
    await a
      .getByTestId('sync-status')
      .getByText(/^Synced /)
      .waitFor();
    pairingLink = await a.getByLabel('Link to add a device', { exact: true }).inputValue();
    expect(pairingLink).toMatch(new RegExp(`^${baseURL}/sync#pair=[A-Za-z0-9_-]+$`));
    expect(pairingLink).not.toContain(encodeURIComponent(apache.password));
    await expectNoAxeViolations(a, 'sync page, laptop, light');
    await shoot(a, '02-laptop-synced');
  });

  it('ticks on the laptop and syncs a few seconds later by itself', async () => {
    const opened = await pageNow(a);
    await a.goto(baseURL);
    await waitForChecklist(a);
    // The sync at start ends first, so that the one after the tick is the one waited for.
    await waitForSyncAfter(a, opened);
    const since = await pageNow(a);
    await tick(a, LANDSCAPE);
    await waitForSyncAfter(a, since);
    expect(await a.getByTestId('sync-indicator').getAttribute('aria-label')).toMatch(/^Sync: Synced /);
    await shoot(a, '03-laptop-dashboard-synced');
  });

  it('joins from the phone through the pairing link: a wrong passphrase is named and changes nothing, then the tick arrives', async () => {
    await b.emulateMedia({ colorScheme: 'dark' });
    await b.goto(baseURL);
    await waitForChecklist(b);
    await tick(b, HIPAA);
    await b.goto(pairingLink);
    await b.getByRole('heading', { name: 'Join sync on this device' }).waitFor();
    expect(b.url()).toBe(`${baseURL}/sync`);
    expect(await b.getByLabel('WebDAV address').inputValue()).toBe(apache.url);
    expect(await b.getByLabel('User name').inputValue()).toBe(apache.user);
    expect(await b.getByRole('radio', { name: /join it/ }).isChecked()).toBe(true);
    await expectNoAxeViolations(b, 'join form, phone, dark');
    expect(await findSmallTargets(b)).toEqual([]);
    await shoot(b, '04-phone-join-dark');

    await b.getByLabel('Password or app password').fill(apache.password);
    await b.getByLabel('Name of this device').fill('Phone');
    await b.getByLabel('Passphrase', { exact: true }).fill('a wrong passphrase');
    await b.getByRole('button', { name: 'Join sync' }).click();
    await b.getByText(/The passphrase does not match/).waitFor({ timeout: 30_000 });
    await expect.poll(() => b.evaluate(() => document.activeElement?.id)).toBe('sync-passphrase');
    expect(await readTable(b, 'syncState')).toEqual([]);
    expect(await readStatuses(b)).toEqual({ 'p1-goal-hipaa-governance': 'done' });
    await shoot(b, '05-phone-wrong-passphrase-dark');

    await b.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await b.getByRole('button', { name: 'Join sync' }).click();
    await b.getByRole('heading', { name: 'Sync status' }).waitFor({ timeout: 30_000 });
    await waitForSyncAfter(b, 0);
    await b.getByTestId('sync-log').getByText('A tick from Laptop').waitFor();
    // Its own data was kept as a restore point before the first merge.
    expect((await readTable(b, 'snapshots')).map((point) => point.reason)).toContain('before-sync');
    await expectNoAxeViolations(b, 'sync page, phone, dark');
    await shoot(b, '06-phone-synced-dark');
    await b.goto(baseURL);
    await waitForChecklist(b);
    expect(await isTicked(b, LANDSCAPE)).toBe(true);
    expect(await isTicked(b, HIPAA)).toBe(true);
    await shoot(b, '07-phone-dashboard-dark');
    // And the phone's own tick reaches the laptop.
    await syncNow(a);
    await a.getByTestId('sync-log').getByText('A tick from Phone').waitFor();
    await shoot(a, '08-laptop-log');
  });

  it('gives both everything after each ticked something offline', async () => {
    await a.goto(baseURL);
    await b.goto(baseURL);
    await waitForChecklist(a);
    await waitForChecklist(b);
    await laptop.setOffline(true);
    await phone.setOffline(true);
    await tick(a, SQL);
    await b.getByRole('checkbox', { name: HIPAA }).first().uncheck();
    await expect.poll(() => a.getByTestId('sync-indicator').getAttribute('aria-label')).toMatch(/Offline — your changes will sync/);
    await shoot(a, '09-laptop-offline');
    const since = Math.max(await pageNow(a), await pageNow(b));
    await laptop.setOffline(false);
    await phone.setOffline(false);
    await waitForSyncAfter(a, since);
    await waitForSyncAfter(b, since);
    await syncNow(a);
    await syncNow(b);
    const expected = { 'p1-goal-data-landscape': 'done', 'p1-goal-healthcare-sql': 'done', 'p1-goal-hipaa-governance': 'not-started' };
    expect(await readStatuses(a)).toEqual(expected);
    expect(await readStatuses(b)).toEqual(expected);
  });

  it('keeps both texts of a note edited on both devices before they met', async () => {
    for (const page of [a, b]) {
      await page.goto(baseURL);
      await waitForChecklist(page);
    }
    await laptop.setOffline(true);
    await phone.setOffline(true);
    for (const [page, text] of [
      [a, 'Written at the desk'],
      [b, 'Written on the bus'],
    ] as const) {
      await page.getByRole('button', { name: /Add note on “Understand the healthcare data landscape/ }).click();
      await page.getByLabel(/Note on “Understand the healthcare data landscape/).fill(text);
      await page.getByRole('button', { name: 'Save note' }).click();
      await page.getByText(text).waitFor();
    }
    await laptop.setOffline(false);
    await phone.setOffline(false);
    await syncNow(a);
    await syncNow(b);
    await syncNow(a);
    for (const page of [a, b]) {
      const notes = await readTable(page, 'notes');
      const versions = await readTable(page, 'noteVersions');
      expect([...notes, ...versions].map((row) => row.text).toSorted()).toEqual(['Written at the desk', 'Written on the bus']);
      expect(versions).toHaveLength(1);
    }
    // The laptop shows both: the later as the note, the other as a version that can be taken instead.
    await a.goto(baseURL);
    await waitForChecklist(a);
    const others = a.getByRole('region', { name: /Other versions of the note on “Understand the healthcare data landscape/ });
    await others.waitFor();
    await expectNoAxeViolations(a, 'a note with another version, laptop');
    await shoot(a, '08b-laptop-note-other-version');
    const landscapeNote = async () => (await readTable(a, 'notes')).find((row) => row.itemId === 'p1-goal-data-landscape')?.text;
    const kept = await landscapeNote();
    const other = (await readTable(a, 'noteVersions'))[0]?.text;
    await others.getByRole('button', { name: 'Use this version' }).click();
    await others.waitFor({ state: 'detached' });
    await expect.poll(landscapeNote).toBe(other);
    expect(kept).not.toBe(other);
  });

  it('keeps ticking while the server is down, says so, and catches up when it is back', async () => {
    await apache.halt();
    await a.goto(baseURL);
    await waitForChecklist(a);
    const since = await pageNow(a);
    await a.getByRole('checkbox', { name: LANDSCAPE }).first().uncheck();
    await expect.poll(() => a.getByRole('checkbox', { name: LANDSCAPE }).first().getAttribute('aria-busy')).toBe('false');
    await expect.poll(async () => (await readSyncStatus(a)).failure?.at ?? 0, { timeout: 20_000 }).toBeGreaterThan(since);
    await expect
      .poll(() => a.getByTestId('sync-indicator').getAttribute('aria-label'))
      .toMatch(/^Sync: Sync failed: the server could not be reached/);
    await a.reload();
    await waitForChecklist(a);
    expect(await isTicked(a, LANDSCAPE)).toBe(false);
    await shoot(a, '10-laptop-server-down');
    // "Sync now" while the server is down says why; once a later sync gets through, that is no longer news.
    await syncNowExpectingFailure(a);
    await apache.resume();
    const resumed = await pageNow(a);
    await laptop.setOffline(true);
    await laptop.setOffline(false);
    await waitForSyncAfter(a, resumed, 60_000);
    await expect.poll(() => a.getByRole('alert').filter({ hasText: 'Sync failed' }).count()).toBe(0);
    expect(await a.getByTestId('sync-status').textContent()).toMatch(/^Synced /);
    await a.goto(baseURL);
    await waitForChecklist(a);
    await tick(a, HIPAA);
    // A retry that began before the tick may finish first; the tick itself goes out with the sync its change schedules.
    await expect
      .poll(
        async () => {
          await syncNow(b);
          return readStatuses(b);
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toMatchObject({ 'p1-goal-data-landscape': 'not-started', 'p1-goal-hipaa-governance': 'done' });
    await b.goto(baseURL);
    await waitForChecklist(b);
    expect(await isTicked(b, LANDSCAPE)).toBe(false);
  });

  it('leaves no item ids, text, statuses or device names on the server', () => {
    const files = readTree(apache.dataDir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { path, bytes } of files) {
      const text = bytes.toString('latin1');
      for (const word of [
        'p1-goal',
        'healthcare-ai-specialist',
        'Written at the desk',
        'on the bus',
        'not-started',
        '"done"',
        'Laptop',
        'Phone',
      ]) {
        expect(text.includes(word), `${word} in ${path}`).toBe(false);
      }
    }
  });

  it('reads well in the other colour scheme at each width', async () => {
    await a.emulateMedia({ colorScheme: 'dark' });
    await b.emulateMedia({ colorScheme: 'light' });
    for (const [page, name] of [
      [a, 'laptop-dark'],
      [b, 'phone-light'],
    ] as const) {
      await page.goto(`${baseURL}/sync`);
      await page.getByRole('heading', { name: 'Sync status' }).waitFor();
      await page.getByRole('heading', { name: 'Devices', exact: true }).waitFor();
      await expectNoAxeViolations(page, `sync page, ${name}`);
      expect(await findSmallTargets(page), name).toEqual([]);
      await shoot(page, `11-${name}`);
    }
    await b.goto(baseURL);
    await waitForChecklist(b);
    await shoot(b, '12-phone-dashboard-light');
    // With the sync status in it, the phone's header stays one line, at 390 px and on a 320 px phone.
    for (const width of [390, 320]) {
      await b.setViewportSize({ width, height: 844 });
      const [header, search, brand] = await b.evaluate(() =>
        ['.app-header', '.search-link:not(.search-link--sync)', '.brand'].map(
          (selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0,
        ),
      );
      // One line of text in a 44 px target; a wrapped "Search" or name makes them taller.
      expect({ width, header: (header ?? 0) <= 54, search: (search ?? 0) <= 46, brand: (brand ?? 0) <= 46 }).toEqual({
        width,
        header: true,
        search: true,
        brand: true,
      });
      expect(await b.evaluate(() => document.documentElement.scrollWidth), `no sideways scroll at ${width} px`).toBeLessThanOrEqual(width);
      await b.getByRole('link', { name: 'Search', exact: true }).waitFor();
    }
    await b.setViewportSize({ width: 390, height: 844 });
  });
});
