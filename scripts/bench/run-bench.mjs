#!/usr/bin/env node
// npm run bench: "Fast on a mid-range phone". Builds the app into .bench/dist, serves it with
// `vite preview`, measures it in headless Chromium (system Chromium, never downloaded) and with
// Lighthouse, times the domain computations at 1k and 10k, prints a table and writes
// .bench/bench-results.json. See docs/performance.md for what every figure means.
//
// It reports; it does not gate: exit status 0 even when a target is missed, 1 only when a
// measurement could not be made (build broken, browser missing…), 130 when interrupted.
//
// Options (for development; the documented figures use the defaults):
//   --runs N             loads per series and tick blocks per tick series (default 5)
//   --ticks N            ticks per page per tick series (default 200, split over the blocks)
//   --lighthouse-runs N  Lighthouse runs (default 5; fewer only when time runs out)
//   --skip-lighthouse    no Lighthouse
//   --dist DIR           measure an existing build instead of building (skips the build)
//   --quick              smoke test: 2 runs, 20 ticks, 1 Lighthouse run (not valid figures)
//
// The ticks compare the app with a floor page (scripts/bench/floor/): one checkbox and one
// IndexedDB write, built into the same dist, served and precached the same way.
//   --wait-quiet         first wait (up to 5 min) for the 1-minute load average to drop below 1
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGE_DATASET, LONG_PHASE_DATASET, SMALL_DATASET, buildDataset, localToday } from './synthetic-data.mjs';
import { buildApp, capture, cleanupAll, startPreview } from './lib/processes.mjs';
import { firstLoadComposition, runBundleSize } from './lib/bundle-report.mjs';
import {
  MOBILE,
  captureStaticPage,
  launchBrowser,
  measureColdWarm,
  measureDatasets,
  measureTicks,
  summarizeLoads,
} from './lib/browser-bench.mjs';
import { runScaleTimings } from './lib/scale-timing.mjs';
import { round, summarize } from './lib/stats.mjs';
import { computeTargets, renderReport } from './lib/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = path.join(ROOT, '.bench');
const TIME_LIMIT_MS = 14 * 60_000;
/**
 * Time budgets of the browser sections. A quiet machine needs far less (about 5 minutes for the
 * whole run); on a busy one the series stop early (never below 2 samples) and the report says so,
 * so Lighthouse and the Node timings still fit in the time limit.
 */
const SECTION_BUDGET_MS = { loads: 150_000, ticks: 210_000, datasets: 240_000 };

// Options ------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const quick = flag('--quick');
const RUNS = Math.max(1, Number(option('--runs', quick ? 2 : 5)));
const TICKS = Math.max(2, Number(option('--ticks', quick ? 20 : 200)));
const LH_MIN_RUNS = Math.max(1, Number(option('--lighthouse-runs', quick ? 1 : 5)));
const LH_MAX_RUNS = quick ? 1 : Math.max(LH_MIN_RUNS, 5);
const SKIP_LH = flag('--skip-lighthouse');
const EXISTING_DIST = option('--dist', null);
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

// Other processes skew every timing. On request, wait for the machine to calm down first.
if (flag('--wait-quiet')) {
  const until = Date.now() + 5 * 60_000;
  while (os.loadavg()[0] >= 1 && Date.now() < until) {
    process.stderr.write(`[bench] waiting for a quiet machine: 1-min load average ${os.loadavg()[0].toFixed(2)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
}
const STARTED = Date.now();
const DEADLINE = STARTED + TIME_LIMIT_MS;

const log = (message) => process.stderr.write(`[bench ${((Date.now() - STARTED) / 1000).toFixed(0).padStart(4)}s] ${message}\n`);

// Results and cleanup --------------------------------------------------------------------------------
const results = {
  startedAt: new Date(STARTED).toISOString(),
  options: { runs: RUNS, ticks: TICKS, lighthouseMinRuns: LH_MIN_RUNS, quick, throttling: MOBILE },
  environment: {},
  errors: [],
  /** Series that stopped early to keep within the time limit. */
  shortened: [],
};
let finished = false;

async function finish(code) {
  if (finished) return;
  finished = true;
  await cleanupAll();
  results.durationMs = Date.now() - STARTED;
  clearInterval(loadTimer);
  sampleLoad('end');
  const loads = loadSamples.map((x) => x.load1);
  results.machineLoad = {
    cpus: os.cpus().length,
    start: loads[0],
    end: loads[loads.length - 1],
    max: Math.max(...loads),
    median: summarize(loads).median,
    samples: loadSamples,
  };
  try {
    results.targets = computeTargets(results);
  } catch (error) {
    results.errors.push({ section: 'targets', message: String(error?.message ?? error) });
  }
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    writeFileSync(path.join(OUT_DIR, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } catch (error) {
    process.stderr.write(`could not write .bench/bench-results.json: ${error.message}\n`);
  }
  try {
    process.stdout.write(`${renderReport(results)}\n`);
  } catch (error) {
    process.stderr.write(`could not render the report: ${error.stack}\n`);
  }
  process.stdout.write(
    `\nFull results: ${path.relative(process.cwd(), path.join(OUT_DIR, 'bench-results.json'))} (${(results.durationMs / 1000).toFixed(0)} s)\n`,
  );
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    results.errors.push({ section: 'run', message: `interrupted (${signal})` });
    void finish(130);
  });
}
// Other processes on the machine (builds, test runs) skew every timing: sample the 1-minute load
// average through the run and report it next to the figures.
const loadSamples = [];
const sampleLoad = (label) => loadSamples.push({ t: Math.round((Date.now() - STARTED) / 1000), label, load1: round(os.loadavg()[0], 2) });
sampleLoad('start');
const loadTimer = setInterval(() => sampleLoad('tick'), 5_000);
loadTimer.unref();

const watchdog = setTimeout(() => {
  results.errors.push({ section: 'run', message: `stopped at the ${TIME_LIMIT_MS / 60_000}-minute limit; figures so far are reported` });
  void finish(1);
}, TIME_LIMIT_MS);
watchdog.unref();

/** Runs one section; an error is recorded and the bench goes on with the next section. */
async function section(name, fn) {
  if (Date.now() > DEADLINE - 30_000) {
    results.errors.push({ section: name, message: 'skipped: not enough time left' });
    return undefined;
  }
  log(`${name}…`);
  const t = Date.now();
  try {
    const value = await fn();
    log(`${name} done (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    log(`${name} FAILED: ${error?.stack ?? error}`);
    results.errors.push({ section: name, message: String(error?.message ?? error) });
    return undefined;
  }
}

// Environment --------------------------------------------------------------------------------------
async function describeEnvironment() {
  const lscpu = await capture('lscpu', []);
  const field = (name) =>
    lscpu
      .split('\n')
      .find((l) => l.startsWith(`${name}:`))
      ?.split(':')
      .slice(1)
      .join(':')
      .trim() ?? null;
  const readVersion = (pkg) => {
    try {
      return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  return {
    cpuModel: field('Model name') ?? os.cpus()[0]?.model ?? null,
    cpus: os.cpus().length,
    cpuMHz: field('CPU MHz') ?? os.cpus()[0]?.speed ?? null,
    hypervisor: field('Hypervisor vendor'),
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromiumPath: CHROME_PATH,
    chromiumVersion: (await capture(CHROME_PATH, ['--version'])).split('\n').pop() || null,
    versions: {
      vite: readVersion('vite'),
      'playwright-core': readVersion('playwright-core'),
      lighthouse: readVersion('lighthouse'),
      react: readVersion('react'),
      dexie: readVersion('dexie'),
    },
  };
}

// Main -----------------------------------------------------------------------------------------------
async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  results.environment = await describeEnvironment();
  if (!existsSync(CHROME_PATH)) throw new Error(`Chromium not found at ${CHROME_PATH} (set CHROME_PATH; browsers are never downloaded)`);

  // 1. Build and first-load sizes.
  const distDir = EXISTING_DIST ? path.resolve(EXISTING_DIST) : path.join(OUT_DIR, 'dist');
  if (EXISTING_DIST) {
    results.build = { skipped: true, distDir };
  } else {
    const built = await section('build (vite build → .bench/dist)', () => buildApp(ROOT, distDir));
    if (!built) return 1; // nothing else can be measured
    results.build = { ms: built.ms, distDir, composition: firstLoadComposition(built.chunks, ROOT) };
  }
  results.bundle = await section('first-load sizes (scripts/bundle-size.mjs --json)', () => runBundleSize(ROOT, distDir));

  // 2. Servers: the app, and a static no-JS copy of its first screen.
  const app = await section('vite preview (app)', () => startPreview(ROOT, distDir, 'vite preview (app)'));
  if (!app) return 1;
  results.appUrl = app.url;
  const chromium = await section('launch Chromium', () => launchBrowser(CHROME_PATH));
  if (!chromium) return 1;
  results.environment.chromiumVersion = `Chromium ${chromium.version}`;

  const staticServer = await section('static baseline page', async () => {
    const html = await captureStaticPage(chromium.browser, app.url);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-static-'));
    // Everything the page links to except JavaScript (stylesheet, icons); no service worker.
    for (const entry of readdirSync(distDir)) {
      cpSync(path.join(distDir, entry), path.join(dir, entry), { recursive: true, filter: (src) => !/\.m?js$/.test(src) });
    }
    writeFileSync(path.join(dir, 'index.html'), html);
    const server = await startPreview(ROOT, dir, 'vite preview (static page)');
    return { ...server, dir, htmlBytes: Buffer.byteLength(html) };
  });
  if (staticServer) results.staticPage = { url: staticServer.url, htmlBytes: staticServer.htmlBytes };

  // 3. Cold and warm loads, app and static interleaved run by run.
  await section(`cold + warm loads (${RUNS} runs each, app and static page)`, async () => {
    const appRuns = [];
    const staticRuns = [];
    const pageErrors = [];
    const loadsDeadline = Date.now() + SECTION_BUDGET_MS.loads;
    for (let i = 0; i < RUNS; i += 1) {
      if (i >= 2 && Date.now() > loadsDeadline) {
        results.shortened.push(`cold + warm loads: ${i} runs instead of ${RUNS} (time budget)`);
        break;
      }
      const a = await measureColdWarm(chromium.browser, app.url, { hasServiceWorker: true });
      appRuns.push(a);
      pageErrors.push(...a.pageErrors);
      log(
        `  run ${i + 1}: app cold ${a.cold.checkboxVisible.toFixed(0)} ms, warm ${a.warm.checkboxVisible.toFixed(0)} ms (from SW: ${a.warm.responseFromServiceWorker})`,
      );
      if (staticServer) {
        const s = await measureColdWarm(chromium.browser, staticServer.url, { hasServiceWorker: false });
        staticRuns.push(s);
        log(`  run ${i + 1}: static cold ${s.cold.checkboxVisible.toFixed(0)} ms, warm ${s.warm.checkboxVisible.toFixed(0)} ms`);
      }
    }
    results.loads = {
      app: { cold: summarizeLoads(appRuns.map((r) => r.cold)), warm: summarizeLoads(appRuns.map((r) => r.warm)) },
      static: staticRuns.length
        ? { cold: summarizeLoads(staticRuns.map((r) => r.cold)), warm: summarizeLoads(staticRuns.map((r) => r.warm)) }
        : null,
      warmServedByServiceWorker: appRuns.map((r) => r.warm.responseFromServiceWorker),
      pageErrors,
    };
  });

  // 4. Tick latency on the first-run dashboard.
  results.ticks = await section(
    `tick latency (${TICKS} ticks per page at 1× and 4× CPU, app and floor page in ${RUNS} alternating blocks)`,
    () =>
      measureTicks(chromium.browser, app.url, {
        ticks: TICKS,
        blocks: RUNS,
        deadline: Date.now() + SECTION_BUDGET_MS.ticks,
        shortened: results.shortened,
      }),
  );

  // 5. Large synthetic dataset.
  await section(`large dataset (${RUNS} warm reloads per view, 4× CPU, offline)`, async () => {
    const endDay = localToday();
    const small = buildDataset({ ...SMALL_DATASET, endDay });
    const large = buildDataset({ ...LARGE_DATASET, endDay });
    const longPhase = buildDataset({ ...LONG_PHASE_DATASET, endDay });
    results.datasets = {
      definitions: {
        small: small.summary,
        large: { ...large.summary, seed: LARGE_DATASET.seed, currentPhaseId: large.currentPhaseId },
        longPhase: { ...longPhase.summary, phaseGoals: LONG_PHASE_DATASET.phaseGoals },
      },
      ...(await measureDatasets(chromium.browser, app.url, {
        runs: RUNS,
        small,
        large,
        largePhaseId: large.currentPhaseId,
        ticks: TICKS,
        blocks: RUNS,
        longPhase,
        deadline: Date.now() + SECTION_BUDGET_MS.datasets,
        shortened: results.shortened,
      })),
    };
  });

  await chromium.close();
  if (staticServer) {
    await staticServer.stop();
    rmSync(staticServer.dir, { recursive: true, force: true });
  }

  // 6. Lighthouse.
  if (!SKIP_LH) {
    results.lighthouse = await section('Lighthouse (mobile preset)', async () => {
      const { runLighthouseSeries } = await import('./lib/lighthouse-bench.mjs');
      return runLighthouseSeries(`${app.url}/`, {
        chromePath: CHROME_PATH,
        minRuns: LH_MIN_RUNS,
        maxRuns: LH_MAX_RUNS,
        deadline: DEADLINE - 90_000,
        reportPath: path.join(OUT_DIR, 'lighthouse-median.json'),
        log,
      });
    });
  }
  await app.stop();

  // 7. Domain computations at 1k and 10k.
  results.scale = await section('domain computations at 1k and 10k', () => runScaleTimings(ROOT, { log }));

  return results.errors.length ? 1 : 0;
}

// Run ------------------------------------------------------------------------------------------------
main().then(
  (code) => finish(code ?? 0),
  (error) => {
    results.errors.push({ section: 'run', message: String(error?.stack ?? error) });
    log(`bench failed: ${error?.stack ?? error}`);
    void finish(1);
  },
);
