import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { guardPage, launchPersistent, makeProfileDir, removeProfileDir, type GuardOptions, type PageGuard } from './helpers';

/** One persistent browser profile per test, with every page guarded against errors and foreign requests. */
export class Session {
  context: BrowserContext | undefined;
  profile: string | undefined;
  guards: PageGuard[] = [];
  /** Console messages a test expects (e.g. a simulated storage failure) and the guard should ignore. */
  guardOptions: GuardOptions = {};

  constructor(readonly baseURL: string) {}

  /** Starts the browser on a fresh (or given) profile without opening a page yet. */
  async launch(profile?: string): Promise<BrowserContext> {
    this.profile = profile ?? (await makeProfileDir());
    this.context = await launchPersistent(this.profile, { acceptDownloads: true });
    return this.context;
  }

  /** Opens `path` in the session's first tab, guarded. */
  async goto(path = '/'): Promise<Page> {
    if (!this.context) throw new Error('launch() first');
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    this.guards.push(guardPage(page, this.baseURL, this.guardOptions));
    await page.goto(this.baseURL + path);
    return page;
  }

  async open(path = '/', profile?: string): Promise<Page> {
    await this.launch(profile);
    return this.goto(path);
  }

  async close(options: { keepProfile?: boolean } = {}): Promise<void> {
    for (const guard of this.guards) guard.assertClean();
    this.guards = [];
    await this.context?.close();
    this.context = undefined;
    if (this.profile && !options.keepProfile) await removeProfileDir(this.profile);
  }
}

export async function waitForChecklist(page: Page): Promise<void> {
  await page.getByRole('checkbox').first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Ticks a checkbox and waits until the write has committed (aria-busy back to false). */
export async function tick(page: Page, name: RegExp): Promise<void> {
  const box = page.getByRole('checkbox', { name }).first();
  await box.check();
  await expect.poll(() => box.getAttribute('aria-busy')).toBe('false');
  expect(await box.isChecked()).toBe(true);
}
