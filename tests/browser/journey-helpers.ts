import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { guardPage, launchPersistent, makeProfileDir, removeProfileDir, type PageGuard } from './helpers';

/** One persistent browser profile per test, with every page guarded against errors and foreign requests. */
export class Session {
  context: BrowserContext | undefined;
  profile: string | undefined;
  guards: PageGuard[] = [];

  constructor(readonly baseURL: string) {}

  async open(path = '/', profile?: string): Promise<Page> {
    this.profile = profile ?? (await makeProfileDir());
    this.context = await launchPersistent(this.profile, { acceptDownloads: true });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    this.guards.push(guardPage(page, this.baseURL));
    await page.goto(this.baseURL + path);
    return page;
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
