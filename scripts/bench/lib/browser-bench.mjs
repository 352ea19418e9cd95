// The measurements made in headless Chromium through playwright-core: cold and warm loads of the
// app and of a static no-JS copy, tick latency, and the large synthetic dataset.
import { chromium } from 'playwright-core';
import {
  LIST_NAMES,
  benchInitScript,
  readLoadMetrics,
  seedDatabase,
  snapshotStaticHtml,
  tickChecklist,
  waitForControl,
} from './page-scripts.mjs';
import { onCleanup, withTimeout } from './processes.mjs';
import { median, percentile, summarize } from './stats.mjs';

export const DASHBOARD_LIST = 'Current phase checklist';
export const PHASE_LIST = 'Goals';

/** Lighthouse's mobile preset (moto g power class phone on slow 4G). */
export const MOBILE = {
  rttMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
};

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CONTEXT_OPTIONS = {
  viewport: MOBILE.viewport,
  deviceScaleFactor: MOBILE.deviceScaleFactor,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'allow',
};

const LOAD_TIMEOUT = 90_000;

/**
 * Past `deadline` (epoch ms) a series stops early once it has `minimum` samples, and says so in
 * `shortened`, so that a slow machine still gets every section measured within the time limit.
 */
function isPastDeadline(deadline, done, minimum, shortened, what) {
  if (!deadline || Date.now() <= deadline || done < minimum) return false;
  shortened?.push(`${what}: ${done} instead of the planned number (time budget)`);
  return true;
}

export async function launchBrowser(executablePath) {
  const browser = await chromium.launch({ headless: true, executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
  const remove = onCleanup(() => browser.close());
  return {
    browser,
    version: browser.version(),
    async close() {
      remove();
      await withTimeout(browser.close(), 15_000, 'closing the browser').catch(() => {});
    },
  };
}

async function newMeasuredPage(browser, extra = {}) {
  const context = await browser.newContext({ ...CONTEXT_OPTIONS, ...extra });
  context.setDefaultTimeout(LOAD_TIMEOUT);
  await context.addInitScript(benchInitScript, LIST_NAMES);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  return { context, page, cdp, errors };
}

async function throttleNetwork(cdp, on) {
  await cdp.send(
    'Network.emulateNetworkConditions',
    on
      ? {
          offline: false,
          latency: MOBILE.rttMs,
          downloadThroughput: (MOBILE.downloadKbps * 1024) / 8,
          uploadThroughput: (MOBILE.uploadKbps * 1024) / 8,
        }
      : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  );
}

async function throttleCpu(cdp, rate) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Waits for the list's first checkbox frame, checks it by role as a person would, reads the metrics. */
async function collectLoad(page, listName) {
  await page.waitForFunction((name) => window.benchState?.lists?.[name]?.frameAt != null, listName, {
    timeout: LOAD_TIMEOUT,
    polling: 100,
  });
  // The same thing through Playwright's accessibility-based locators: a list with that accessible
  // name containing a visible checkbox (guards the in-page name matching against drift).
  await page
    .getByRole('list', { name: listName, exact: true })
    .getByRole('checkbox')
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 });
  return page.evaluate(readLoadMetrics, listName);
}

async function readHeap(cdp) {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    return { used: get('JSHeapUsedSize'), total: get('JSHeapTotalSize'), nodes: get('Nodes') };
  };
  const beforeGc = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  const afterGc = await read();
  return { usedBeforeGc: beforeGc.used, usedAfterGc: afterGc.used, totalAfterGc: afterGc.total, domNodes: afterGc.nodes };
}

async function closeQuietly(context) {
  await withTimeout(context.close(), 15_000, 'closing a context').catch(() => {});
}

/** Loads the app once without throttling and returns its first-run dashboard as no-JS HTML. */
export async function captureStaticPage(browser, appUrl) {
  const { context, page } = await newMeasuredPage(browser, { serviceWorkers: 'block' });
  try {
    await page.goto(`${appUrl}/`, { waitUntil: 'commit' });
    await collectLoad(page, DASHBOARD_LIST);
    return await page.evaluate(snapshotStaticHtml);
  } finally {
    await closeQuietly(context);
  }
}

/**
 * One cold + warm pair in a fresh context (fresh profile, empty caches and storage):
 * cold = first visit over the throttled network with 4× CPU slowdown; then, once the service
 * worker controls the page, warm = reload with the context offline (4× CPU, everything from the
 * service-worker cache). For the static page (no service worker) warm = reload over the local
 * network without throttling, the HTTP cache allowed: the fastest way it can come back.
 */
export async function measureColdWarm(browser, url, { hasServiceWorker }) {
  const { context, page, cdp, errors } = await newMeasuredPage(browser);
  try {
    await throttleNetwork(cdp, true);
    await throttleCpu(cdp, MOBILE.cpuSlowdown);
    await page.goto(`${url}/`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    const cold = await collectLoad(page, DASHBOARD_LIST);

    await throttleNetwork(cdp, false);
    let warmFromSw = null;
    if (hasServiceWorker) {
      await throttleCpu(cdp, 1); // let the service worker finish installing at full speed
      await withTimeout(page.evaluate(waitForControl, 60_000), 65_000, 'waiting for service-worker control');
      await throttleCpu(cdp, MOBILE.cpuSlowdown);
      await context.setOffline(true);
    }
    const response = await page.reload({ waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    if (hasServiceWorker) warmFromSw = response?.fromServiceWorker() ?? null;
    const warm = await collectLoad(page, DASHBOARD_LIST);
    return { cold, warm: { ...warm, responseFromServiceWorker: warmFromSw }, pageErrors: errors };
  } finally {
    await closeQuietly(context);
  }
}

export const FLOOR_PATH = '/bench-floor.html';
/** Ticks per block run first and not counted: the first tick after a load runs cold code. */
const WARMUP_TICKS = 2;

/** Percentiles and counts of one block of ticks (one page load). */
function summarizeTicks(raw) {
  const committed = raw.results.map((r) => r.committed).filter((v) => v !== null);
  const frames = raw.results.map((r) => r.frame);
  const handlers = raw.results.map((r) => r.handler);
  const busyOff = raw.results.map((r) => r.busyOff).filter((v) => v !== null);
  const flickerMs = raw.results.map((r) => r.flickerMs).filter((v) => v !== null);
  return {
    ticks: raw.results.length,
    timeouts: raw.timeouts,
    flickers: raw.results.filter((r) => r.flicker).length,
    flickerMs: { p50: percentile(flickerMs, 50), max: percentile(flickerMs, 100) },
    busyOff: { p50: percentile(busyOff, 50), p95: percentile(busyOff, 95), max: percentile(busyOff, 100) },
    committed: { p50: percentile(committed, 50), p95: percentile(committed, 95), max: percentile(committed, 100) },
    frame: { p50: percentile(frames, 50), p95: percentile(frames, 95), max: percentile(frames, 100) },
    handler: { p50: percentile(handlers, 50), p95: percentile(handlers, 95), max: percentile(handlers, 100) },
    longTasks: raw.longTasks.length,
    longestTask: raw.longTasks.length ? Math.max(...raw.longTasks) : 0,
    longAnimationFrames: raw.longAnimationFrames.length,
    longestAnimationFrame: raw.longAnimationFrames.length ? Math.max(...raw.longAnimationFrames) : 0,
    itemId: raw.itemId,
    raw: { committed, frames },
  };
}

/** Main-thread time counters of the page (seconds), from CDP Performance.getMetrics. */
async function readBusy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
}

async function runTicks(page, cdp, listName, ticks, cpuRate) {
  await throttleCpu(cdp, cpuRate);
  if (WARMUP_TICKS > 0) {
    await withTimeout(page.evaluate(tickChecklist, { listName, ticks: WARMUP_TICKS, timeoutMs: 5_000 }), 60_000, 'warm-up ticks');
  }
  const before = await readBusy(cdp);
  const raw = await withTimeout(
    page.evaluate(tickChecklist, { listName, ticks, timeoutMs: 5_000 }),
    ticks * 6_000 + 30_000,
    `${ticks} ticks`,
  );
  const after = await readBusy(cdp);
  // Main-thread time per tick from the renderer's own counters (Performance.getMetrics): script
  // (every event listener, IndexedDB callback and microtask of the page, the measuring code
  // included) and all tasks. The floor page carries the same measuring code, so app − floor is
  // the app's own share.
  const perTick = (key) => ((after[key] - before[key]) * 1000) / raw.results.length;
  return {
    ...summarizeTicks(raw),
    mainThreadPerTick: { task: perTick('task'), script: perTick('script'), layout: perTick('layout'), style: perTick('style') },
  };
}

/**
 * Medians over blocks (each block: one page load, then ticks) of each block's percentiles and
 * main-thread time, and the ticks of all blocks pooled for counts and extremes.
 */
export function summarizeBlocks(blocks) {
  const med = (fn) => median(blocks.map(fn));
  const pooledCommitted = blocks.flatMap((b) => b.raw.committed);
  const pooledFrames = blocks.flatMap((b) => b.raw.frames);
  const longest = (key) => blocks.reduce((m, b) => Math.max(m, b[key]), 0);
  const sum = (key) => blocks.reduce((n, b) => n + b[key], 0);
  return {
    blocks: blocks.length,
    ticks: sum('ticks'),
    timeouts: sum('timeouts'),
    flickers: sum('flickers'),
    flickerMs: { p50: med((b) => b.flickerMs.p50), max: blocks.reduce((m, b) => Math.max(m, b.flickerMs.max ?? 0), 0) },
    committed: { p50: med((b) => b.committed.p50), p95: med((b) => b.committed.p95), max: percentile(pooledCommitted, 100) },
    busyOff: { p50: med((b) => b.busyOff.p50), p95: med((b) => b.busyOff.p95) },
    frame: { p50: med((b) => b.frame.p50), p95: med((b) => b.frame.p95), max: percentile(pooledFrames, 100) },
    handler: {
      p50: med((b) => b.handler.p50),
      p95: med((b) => b.handler.p95),
      max: blocks.reduce((m, b) => Math.max(m, b.handler.max ?? 0), 0),
    },
    pooled: {
      committed: { p50: percentile(pooledCommitted, 50), p95: percentile(pooledCommitted, 95) },
      frame: { p50: percentile(pooledFrames, 50), p95: percentile(pooledFrames, 95) },
    },
    mainThreadPerTick: {
      task: med((b) => b.mainThreadPerTick.task),
      script: med((b) => b.mainThreadPerTick.script),
      layout: med((b) => b.mainThreadPerTick.layout),
      style: med((b) => b.mainThreadPerTick.style),
    },
    longTasks: sum('longTasks'),
    longestTask: longest('longestTask'),
    longAnimationFrames: sum('longAnimationFrames'),
    longestAnimationFrame: longest('longestAnimationFrame'),
    itemId: blocks[0]?.itemId ?? null,
    perBlock: blocks.map(({ raw: _raw, ...rest }) => rest),
  };
}

/**
 * The app and the floor page (one checkbox, one IndexedDB write, same server, same service
 * worker, same measuring code), ticked in alternating blocks so that machine noise hits both:
 * block b loads the page, runs the warm-up ticks, then `ticks / blocks` counted ticks.
 */
async function measureTickPair(page, cdp, url, { ticks, blocks, cpuRate, appPath = '/', deadline, shortened }) {
  const perBlock = Math.max(2, Math.round(ticks / blocks / 2) * 2); // even: the item ends as it began
  const app = [];
  const floor = [];
  await throttleCpu(cdp, cpuRate);
  for (let b = 0; b < blocks; b += 1) {
    if (isPastDeadline(deadline, b, 2, shortened, `tick blocks at ${cpuRate}× CPU`)) break;
    for (const which of b % 2 === 0 ? ['app', 'floor'] : ['floor', 'app']) {
      await page.goto(`${url}${which === 'app' ? appPath : FLOOR_PATH}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
      await collectLoad(page, DASHBOARD_LIST);
      const result = await runTicks(page, cdp, DASHBOARD_LIST, perBlock, cpuRate);
      (which === 'app' ? app : floor).push(result);
    }
  }
  return { cpuRate, app: summarizeBlocks(app), floor: summarizeBlocks(floor) };
}

/**
 * Tick latency on the first-run dashboard (built-in roadmap, nothing saved) and on the floor page,
 * at 1× and 4× CPU, once the service worker controls the page (both are served from its cache).
 */
export async function measureTicks(browser, url, { ticks, blocks, deadline, shortened }) {
  const { context, page, cdp, errors } = await newMeasuredPage(browser);
  try {
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    await collectLoad(page, DASHBOARD_LIST);
    await withTimeout(page.evaluate(waitForControl, 60_000), 65_000, 'waiting for service-worker control');
    // The 1× series gets the first half of the time budget; the 4× series (the targets) the rest.
    const half = deadline ? Date.now() + (deadline - Date.now()) / 2 : undefined;
    const fast = await measureTickPair(page, cdp, url, { ticks, blocks, cpuRate: 1, deadline: half, shortened });
    const phone = await measureTickPair(page, cdp, url, { ticks, blocks, cpuRate: MOBILE.cpuSlowdown, deadline, shortened });
    return { cpu1x: fast, cpu4x: phone, pageErrors: errors };
  } finally {
    await closeQuietly(context);
  }
}

/** `1 + runs` loads of `path` (the first is a warm-up and not counted); metrics and heap of each. */
async function measureReloads(page, cdp, url, path, listName, runs, budget = {}) {
  const loads = [];
  for (let i = 0; i <= runs; i += 1) {
    if (isPastDeadline(budget.deadline, loads.length, 2, budget.shortened, `reloads of ${path}`)) break;
    await page.goto(`${url}${path}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    const metrics = await collectLoad(page, listName);
    if (i === 0) continue;
    // Heap once the page has settled (after load, live queries answered), then after a full GC.
    await page.waitForTimeout(300);
    const heap = await readHeap(cdp);
    loads.push({ ...metrics, heap });
  }
  return summarizeLoads(loads);
}

export function summarizeLoads(loads) {
  const pick = (fn) => summarize(loads.map(fn));
  return {
    runs: loads.length,
    fcp: pick((l) => l.fcp),
    checkboxVisible: pick((l) => l.checkboxVisible),
    checkboxDom: pick((l) => l.checkboxDom),
    longestTaskBeforeVisible: pick((l) => l.longestTaskBeforeVisible),
    blockingBeforeVisible: pick((l) => l.blockingBeforeVisible),
    transferBytes: pick((l) => l.transferBytes),
    decodedBytes: pick((l) => l.decodedBytes),
    requests: pick((l) => l.requests),
    heapUsedAfterGc: loads[0]?.heap ? pick((l) => l.heap.usedAfterGc) : null,
    heapUsedBeforeGc: loads[0]?.heap ? pick((l) => l.heap.usedBeforeGc) : null,
    domNodes: pick((l) => l.domNodes),
    checkboxes: pick((l) => l.checkboxes),
    allFromServiceWorker: loads.every((l) => l.fromServiceWorker === true),
    firstCheckboxChecked: loads.map((l) => l.firstCheckboxChecked),
  };
}

/**
 * Warm loads (service worker, offline, 4× CPU) of the dashboard and a phase view with three
 * datasets in one profile: the first run (built-in roadmap, nothing saved), a small imported
 * roadmap, and the large synthetic dataset. Then ticks on the large dashboard against the floor
 * page (in the same profile, so the floor's database sits next to the large one), and the phase
 * view of a 120-goal phase against a 4-goal phase of one imported roadmap.
 */
export async function measureDatasets(browser, url, { runs, small, large, largePhaseId, ticks, blocks, longPhase, deadline, shortened }) {
  // Each of the six parts below gets an equal share of the time left, carried forward.
  const started = Date.now();
  const partDeadline = (part) => (deadline ? started + ((deadline - started) * part) / 6 : undefined);
  const budget = (part) => ({ deadline: partDeadline(part), shortened });
  const { context, page, cdp, errors } = await newMeasuredPage(browser);
  try {
    await page.goto(`${url}/`, { waitUntil: 'commit' });
    await collectLoad(page, DASHBOARD_LIST);
    await withTimeout(page.evaluate(waitForControl, 60_000), 65_000, 'waiting for service-worker control');
    const builtInPhaseHref = await page.locator('a[href^="/phase/"]').first().getAttribute('href');
    await context.setOffline(true);
    await throttleCpu(cdp, MOBILE.cpuSlowdown);

    const result = { empty: {}, small: {}, large: {}, seeded: {} };
    result.empty.dashboard = await measureReloads(page, cdp, url, '/', DASHBOARD_LIST, runs, budget(0.5));
    if (builtInPhaseHref) result.empty.phase = await measureReloads(page, cdp, url, builtInPhaseHref, PHASE_LIST, runs, budget(1));
    result.empty.phasePath = builtInPhaseHref;

    result.seeded.small = await page.evaluate(seedDatabase, { stores: small.stores, clear: [] });
    result.small.dashboard = await measureReloads(page, cdp, url, '/', DASHBOARD_LIST, runs, budget(1.5));

    await throttleCpu(cdp, 1);
    result.seeded.large = await withTimeout(
      page.evaluate(seedDatabase, { stores: large.stores, clear: [] }),
      120_000,
      'seeding the large dataset',
    );
    await throttleCpu(cdp, MOBILE.cpuSlowdown);
    result.large.dashboard = await measureReloads(page, cdp, url, '/', DASHBOARD_LIST, runs, budget(2.5));
    result.large.phasePath = `/phase/${largePhaseId}`;
    result.large.phase = await measureReloads(page, cdp, url, result.large.phasePath, PHASE_LIST, runs, budget(3.5));

    result.large.ticks = await measureTickPair(page, cdp, url, {
      ticks,
      blocks,
      cpuRate: MOBILE.cpuSlowdown,
      deadline: partDeadline(5),
      shortened,
    });

    // A long phase against a short one of the same imported roadmap (phase view, "Goals").
    if (longPhase) {
      await throttleCpu(cdp, 1);
      result.seeded.longPhase = await page.evaluate(seedDatabase, { stores: longPhase.stores, clear: [] });
      await throttleCpu(cdp, MOBILE.cpuSlowdown);
      const [shortPhase, long] = longPhase.document.roadmap.phases;
      result.longPhase = {
        shortPath: `/phase/${shortPhase.id}`,
        longPath: `/phase/${long.id}`,
        shortGoals: shortPhase.goals.length,
        longGoals: long.goals.length,
      };
      // One warm-up load of each, then `runs` rounds of one load each, alternating which goes first.
      const loads = { short: [], long: [] };
      for (let i = -1; i < runs; i += 1) {
        if (isPastDeadline(deadline, loads.long.length, 2, shortened, 'long-phase rounds')) break;
        for (const key of i % 2 === 0 ? ['long', 'short'] : ['short', 'long']) {
          await page.goto(`${url}${result.longPhase[`${key}Path`]}`, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
          const metrics = await collectLoad(page, PHASE_LIST);
          if (i >= 0) loads[key].push(metrics);
        }
      }
      result.longPhase.short = summarizeLoads(loads.short);
      result.longPhase.long = summarizeLoads(loads.long);
    }
    result.pageErrors = errors;
    return result;
  } finally {
    await closeQuietly(context);
  }
}
