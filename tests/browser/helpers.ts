// Shared helpers for the browser tests: launching the system Chromium through playwright-core,
// guarding a page against console errors / page errors / third-party requests, waiting for the
// service worker to control a page, and standard viewports.
//
// Browsers are never downloaded: this uses $CHROME_PATH (set by scripts/run-tests.mjs from
// scripts/ensure-chromium.sh) or /usr/bin/chromium.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserType,
  type ConsoleMessage,
  type LaunchOptions,
  type Page,
  type Request,
} from 'playwright-core';

export type PersistentContextOptions = NonNullable<Parameters<BrowserType['launchPersistentContext']>[1]>;

/** Extra Chromium flags (Playwright adds --no-sandbox itself unless chromiumSandbox: true). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1280, height: 800 } as const;
export const VIEWPORTS = { phone: PHONE, laptop: LAPTOP } as const;
export type ViewportName = keyof typeof VIEWPORTS;

/** Context options for a phone-sized, touch-capable context (for browser.newContext / launchPersistent). */
export const PHONE_CONTEXT = { viewport: { ...PHONE }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;
/** Context options for a laptop-sized context. */
export const LAPTOP_CONTEXT = { viewport: { ...LAPTOP } } as const;

export function chromiumExecutablePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

function mergeArgs(extra: readonly string[] | undefined): string[] {
  return [...new Set([...CHROMIUM_ARGS, ...(extra ?? [])])];
}

/** Launches a headless Chromium. Use browser.newContext() for isolated (incognito-like) contexts. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    headless: true,
    ...options,
    executablePath: options.executablePath ?? chromiumExecutablePath(),
    args: mergeArgs(options.args),
  });
}

/** Creates a fresh, empty Chromium profile directory under the OS temp dir. */
export async function makeProfileDir(prefix = 'pwa-profile-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}

/** Deletes a profile directory made by makeProfileDir (after every context using it has closed). */
export async function removeProfileDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/**
 * Launches a headless Chromium with a persistent profile in `userDataDir` (a real, non-incognito
 * profile: needed for installability checks and for "restart the browser" tests: close the context,
 * then call launchPersistent again on the same dir). One browser per profile at a time.
 * Pass `undefined` to get a fresh temporary profile that is deleted when the context closes.
 */
export async function launchPersistent(userDataDir?: string, options: PersistentContextOptions = {}): Promise<BrowserContext> {
  const temporary = userDataDir === undefined;
  const dir = userDataDir ?? (await makeProfileDir());
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    viewport: { ...LAPTOP },
    ...options,
    executablePath: options.executablePath ?? chromiumExecutablePath(),
    args: mergeArgs(options.args),
  });
  if (temporary) {
    context.once('close', () => {
      void removeProfileDir(dir);
    });
  }
  return context;
}

export interface GuardOptions {
  /** Console errors / page errors whose text matches any of these are ignored (e.g. expected offline fetch failures). */
  ignore?: ReadonlyArray<string | RegExp>;
}

export interface PageGuard {
  /** console.error messages (and Chromium's own error-level console messages, such as failed loads). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** Requests (from the page or its service worker) to an origin other than baseURL's. */
  readonly foreignRequests: string[];
  /** Everything above, one line each. */
  problems(): string[];
  /** Throws an Error listing every problem, if any. */
  assertClean(): void;
  /** Forgets what was recorded so far (e.g. after a step that is expected to log errors). */
  reset(): void;
  /** Stops listening. */
  dispose(): void;
}

const IGNORED_SCHEMES = new Set(['data:', 'blob:', 'chrome-extension:', 'about:']);

/**
 * Records console errors, page errors and requests to other origins for `page`.
 * Call `guard.assertClean()` at the end of a test.
 */
export function guardPage(page: Page, baseURL: string, options: GuardOptions = {}): PageGuard {
  const origin = new URL(baseURL).origin;
  const ignore = options.ignore ?? [];
  const ignored = (text: string): boolean => ignore.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));

  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const foreignRequests: string[] = [];
  const seenRequests = new Set<Request>();

  const onConsole = (msg: ConsoleMessage): void => {
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    const where = loc.url ? ` (${loc.url}:${loc.lineNumber + 1})` : '';
    const text = `${msg.text()}${where}`;
    if (!ignored(text)) consoleErrors.push(text);
  };
  const onPageError = (error: Error): void => {
    const text = error.stack || `${error.name}: ${error.message}`;
    if (!ignored(text)) pageErrors.push(text);
  };
  const onRequest = (request: Request): void => {
    if (seenRequests.has(request)) return;
    seenRequests.add(request);
    let url: URL;
    try {
      url = new URL(request.url());
    } catch {
      foreignRequests.push(`${request.method()} ${request.url()} (unparseable URL)`);
      return;
    }
    if (IGNORED_SCHEMES.has(url.protocol)) return;
    if (url.origin !== origin) {
      const from = request.serviceWorker() ? ' [from service worker]' : '';
      foreignRequests.push(`${request.method()} ${request.url()}${from}`);
    }
  };
  // Requests made by a service worker are reported on the context, not the page.
  const context = page.context();
  const onContextRequest = (request: Request): void => {
    if (request.serviceWorker()) onRequest(request);
  };

  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('request', onRequest);
  context.on('request', onContextRequest);

  const problems = (): string[] => [
    ...consoleErrors.map((t) => `console error: ${t}`),
    ...pageErrors.map((t) => `page error: ${t}`),
    ...foreignRequests.map((t) => `request to another origin: ${t}`),
  ];

  return {
    consoleErrors,
    pageErrors,
    foreignRequests,
    problems,
    assertClean() {
      const list = problems();
      if (list.length > 0) {
        throw new Error(`Page was not clean (${list.length} problem(s)):\n- ${list.join('\n- ')}`);
      }
    },
    reset() {
      consoleErrors.length = 0;
      pageErrors.length = 0;
      foreignRequests.length = 0;
    },
    dispose() {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('request', onRequest);
      context.off('request', onContextRequest);
    },
  };
}

/**
 * Resolves once a service worker controls `page` (navigator.serviceWorker.ready, then a
 * controllerchange if there is no controller yet). Do this before context.setOffline(true) + reload.
 */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(async (timeout) => {
    const work = (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no service worker controlled the page within ${timeout} ms`)), timeout);
    });
    try {
      await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }, timeoutMs);
}

/** Resizes an existing page to a named viewport (phone 390×844, laptop 1280×800). */
export async function setViewport(page: Page, name: ViewportName): Promise<void> {
  await page.setViewportSize({ ...VIEWPORTS[name] });
}

export const setPhoneViewport = (page: Page): Promise<void> => setViewport(page, 'phone');
export const setLaptopViewport = (page: Page): Promise<void> => setViewport(page, 'laptop');
