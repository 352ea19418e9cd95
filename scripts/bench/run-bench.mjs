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
//   --runs N             loads per series (default 5, minimum 5 for documented figures)
//   --ticks N            ticks per tick series (default 200)
//   --lighthouse-runs N  minimum Lighthouse runs (default 3; up to 5 while each run < 30 s)
//   --skip-lighthouse    no Lighthouse
//   --dist DIR           measure an existing build instead of building (skips the build)
//   --quick              smoke test: 2 runs, 20 ticks, 1 Lighthouse run (not valid figures)
//   --wait-quiet         first wait (up to 5 min) for the 1-minute load average to drop below 1
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGE_DATASET, SMALL_DATASET, buildDataset, localToday } from './synthetic-data.mjs';
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
import { fmtKB, fmtMB, fmtMs, fmtRange, round, summarize, table } from './lib/stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT_DIR = path.join(ROOT, '.bench');
const TIME_LIMIT_MS = 14 * 60_000;

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
const LH_MIN_RUNS = Math.max(1, Number(option('--lighthouse-runs', quick ? 1 : 3)));
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
    const app_ = [];
    const static_ = [];
    const pageErrors = [];
    for (let i = 0; i < RUNS; i += 1) {
      const a = await measureColdWarm(chromium.browser, app.url, { hasServiceWorker: true });
      app_.push(a);
      pageErrors.push(...a.pageErrors);
      log(
        `  run ${i + 1}: app cold ${a.cold.checkboxVisible.toFixed(0)} ms, warm ${a.warm.checkboxVisible.toFixed(0)} ms (from SW: ${a.warm.responseFromServiceWorker})`,
      );
      if (staticServer) {
        const s = await measureColdWarm(chromium.browser, staticServer.url, { hasServiceWorker: false });
        static_.push(s);
        log(`  run ${i + 1}: static cold ${s.cold.checkboxVisible.toFixed(0)} ms, warm ${s.warm.checkboxVisible.toFixed(0)} ms`);
      }
    }
    results.loads = {
      app: { cold: summarizeLoads(app_.map((r) => r.cold)), warm: summarizeLoads(app_.map((r) => r.warm)) },
      static: static_.length
        ? { cold: summarizeLoads(static_.map((r) => r.cold)), warm: summarizeLoads(static_.map((r) => r.warm)) }
        : null,
      warmServedByServiceWorker: app_.map((r) => r.warm.responseFromServiceWorker),
      pageErrors,
    };
  });

  // 4. Tick latency on the first-run dashboard.
  results.ticks = await section(`tick latency (${TICKS} ticks at 1× and 4× CPU)`, () => measureTicks(chromium.browser, app.url, TICKS));

  // 5. Large synthetic dataset.
  await section(`large dataset (${RUNS} warm reloads per view, 4× CPU, offline)`, async () => {
    const endDay = localToday();
    const small = buildDataset({ ...SMALL_DATASET, endDay });
    const large = buildDataset({ ...LARGE_DATASET, endDay });
    results.datasets = {
      definitions: { small: small.summary, large: { ...large.summary, seed: LARGE_DATASET.seed, currentPhaseId: large.currentPhaseId } },
      ...(await measureDatasets(chromium.browser, app.url, {
        runs: RUNS,
        small,
        large,
        largePhaseId: large.currentPhaseId,
        ticks: TICKS,
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

// Report -----------------------------------------------------------------------------------------------
function verdict(ok) {
  if (ok === null || ok === undefined) return 'n/a ';
  return ok ? 'PASS' : 'MISS';
}

const ratio = (a, b) => (a !== null && a !== undefined && b ? a / b : null);
const fmtRatio = (r) => (r === null || r === undefined ? 'n/a' : `×${r.toFixed(2)}`);
const fmtScore = (s) =>
  s?.median === null || s?.median === undefined
    ? 'n/a'
    : s.n > 1
      ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`
      : s.median.toFixed(2);

export function computeTargets(r) {
  const targets = [];
  const b = r.bundle;
  if (b) {
    targets.push({
      name: 'First-load JS ≤ 130 KB gzipped',
      value: fmtKB(b.js.gzip, 2),
      ok: b.js.ok,
      margin: `${fmtKB(Math.abs(b.js.budget - b.js.gzip), 2)} ${b.js.ok ? 'under' : 'over'}`,
    });
    targets.push({
      name: 'First-load CSS ≤ 15 KB gzipped',
      value: fmtKB(b.css.gzip, 2),
      ok: b.css.ok,
      margin: `${fmtKB(Math.abs(b.css.budget - b.css.gzip), 2)} ${b.css.ok ? 'under' : 'over'}`,
    });
  }
  const lh = r.lighthouse;
  if (lh?.runs) {
    const p = lh.performance.median;
    targets.push({
      name: 'Lighthouse performance ≥ 0.95 (median)',
      value: p?.toFixed(2),
      ok: p >= 0.95,
      margin: `${p - 0.95 >= 0 ? '+' : ''}${(p - 0.95).toFixed(2)}`,
    });
    const a = lh.accessibility.median;
    targets.push({
      name: 'Lighthouse accessibility = 1.00 (median)',
      value: a?.toFixed(2),
      ok: a >= 1,
      margin: a >= 1 ? 'met' : `${(a - 1).toFixed(2)}`,
    });
  }
  const loads = r.loads;
  if (loads?.static) {
    const q = ratio(loads.app.warm.checkboxVisible.median, loads.static.warm.checkboxVisible.median);
    targets.push({
      name: 'Warm offline load ≤ 2× static page (first checklist visible)',
      value: `${fmtMs(loads.app.warm.checkboxVisible.median)} vs ${fmtMs(loads.static.warm.checkboxVisible.median)}`,
      ok: q !== null ? q <= 2 : null,
      margin: fmtRatio(q),
    });
  }
  const t = r.ticks?.cpu4x;
  if (t) {
    targets.push({
      name: 'Tick p95 ≤ 16 ms, committed (4× CPU, first-run dashboard)',
      value: fmtMs(t.committed.p95, 1),
      ok: t.committed.p95 <= 16,
      margin: `${t.committed.p95 - 16 >= 0 ? '+' : ''}${(t.committed.p95 - 16).toFixed(1)} ms`,
    });
    const longest = Math.max(t.longestTask, r.ticks.cpu1x?.longestTask ?? 0);
    targets.push({
      name: 'No task over 50 ms while ticking (first-run dashboard)',
      value: longest > 0 ? fmtMs(longest) : 'none ≥ 50 ms',
      ok: longest <= 50,
      margin: longest > 0 ? `${t.longTasks} long task(s) at 4×` : 'met',
    });
  }
  const lt = r.datasets?.large?.ticks;
  if (lt) {
    targets.push({
      name: 'Same tick targets with the large dataset (4× CPU): p95 ≤ 16 ms',
      value: fmtMs(lt.committed.p95, 1),
      ok: lt.committed.p95 <= 16,
      margin: `${lt.committed.p95 - 16 >= 0 ? '+' : ''}${(lt.committed.p95 - 16).toFixed(1)} ms`,
    });
    targets.push({
      name: '… and no task over 50 ms',
      value: lt.longTasks > 0 ? fmtMs(lt.longestTask) : 'none ≥ 50 ms',
      ok: lt.longTasks === 0,
      margin: lt.longTasks > 0 ? `${lt.longTasks} long task(s) in ${lt.ticks} ticks` : 'met',
    });
  }
  const d = r.datasets;
  if (d?.large?.dashboard && d?.empty?.dashboard) {
    const extra = d.large.dashboard.checkboxVisible.median - d.empty.dashboard.checkboxVisible.median;
    targets.push({
      name: 'Large dataset: dashboard render ≤ 100 ms (extra time to first checklist vs first run)',
      value: fmtMs(extra),
      ok: extra <= 100,
      margin: `${extra - 100 >= 0 ? '+' : ''}${(extra - 100).toFixed(0)} ms`,
    });
  }
  return targets;
}

function renderReport(r) {
  const out = [];
  const h = (title) => out.push('', `== ${title} ${'='.repeat(Math.max(0, 90 - title.length))}`);
  const env = r.environment ?? {};
  h('Environment');
  out.push(
    `CPU ${env.cpuModel ?? '?'} × ${env.cpus ?? '?'} (${env.hypervisor ? `${env.hypervisor} VM` : 'bare metal?'}), ${env.memoryGiB ?? '?'} GiB · ${env.os ?? ''}`,
    `Node ${env.node ?? '?'} · ${env.chromiumVersion ?? 'Chromium ?'} · vite ${env.versions?.vite ?? '?'} · playwright-core ${env.versions?.['playwright-core'] ?? '?'} · lighthouse ${env.versions?.lighthouse ?? '?'}`,
    `Throttling: ${MOBILE.rttMs} ms RTT, ${(MOBILE.downloadKbps / 1024).toFixed(1)} Mbps down, ${MOBILE.uploadKbps} kbps up (CDP, per request), ${MOBILE.cpuSlowdown}× CPU; viewport ${MOBILE.viewport.width}×${MOBILE.viewport.height} @${MOBILE.deviceScaleFactor}x`,
    `Runs per series: ${r.options.runs}; ticks per series: ${r.options.ticks}${r.options.quick ? '  (QUICK MODE: not valid figures)' : ''}`,
  );
  const ml = r.machineLoad;
  if (ml) {
    // The bench itself keeps about one core busy; more than that means someone else was working.
    const busy = ml.median > ml.cpus * 0.75 || ml.max > ml.cpus * 1.25;
    out.push(
      `Machine load (1-min load average, ${ml.cpus} CPUs): start ${ml.start}, median ${ml.median}, max ${ml.max}, end ${ml.end}` +
        (busy ? '  WARNING: other processes competed for the CPU; timings are pessimistic and noisy. Re-run on a quiet machine.' : ''),
    );
  }

  const b = r.bundle;
  if (b) {
    h('First-load JS and CSS (gzip -9; deterministic for a given build, so measured once)');
    out.push(
      table(
        ['type', 'file', 'raw', 'gzipped'],
        [
          ...b.js.files.map((f) => ['js', f.file, fmtKB(f.raw, 2), fmtKB(f.gzip, 2)]),
          ['js', 'TOTAL', fmtKB(b.js.raw, 2), `${fmtKB(b.js.gzip, 2)} / budget ${fmtKB(b.js.budget, 0)}`],
          ...b.css.files.map((f) => ['css', f.file, fmtKB(f.raw, 2), fmtKB(f.gzip, 2)]),
          ['css', 'TOTAL', fmtKB(b.css.raw, 2), `${fmtKB(b.css.gzip, 2)} / budget ${fmtKB(b.css.budget, 0)}`],
          [
            'lazy',
            `${b.notFirstLoadJs.files.length} other JS files (lazy chunks, sw, workbox)`,
            fmtKB(b.notFirstLoadJs.raw, 2),
            fmtKB(b.notFirstLoadJs.gzip, 2),
          ],
        ],
      ),
    );
    const comp = r.build?.composition;
    if (comp) {
      out.push('', 'What the first-load JS is made of (rendered bytes before minification, top 12):');
      out.push(
        table(
          ['package / source', 'bytes', 'share'],
          comp.groups.slice(0, 12).map((g) => [g.group, fmtKB(g.bytes), `${(g.share * 100).toFixed(1)}%`]),
        ),
      );
    }
  }

  const l = r.loads;
  if (l) {
    h('Loads: ms from navigation start, median (min–max)');
    const s = l.static;
    const row = (label, pickApp, pickStatic, fmt = fmtMs) => [
      label,
      fmtRange(pickApp(l.app), fmt),
      s ? fmtRange(pickStatic(s), fmt) : 'n/a',
      s ? fmtRatio(ratio(pickApp(l.app).median, pickStatic(s).median)) : 'n/a',
    ];
    out.push(
      table(
        ['', 'app', 'static page (no JS)', 'app/static'],
        [
          row(
            'cold: first contentful paint',
            (x) => x.cold.fcp,
            (x) => x.cold.fcp,
          ),
          row(
            'cold: first checklist visible',
            (x) => x.cold.checkboxVisible,
            (x) => x.cold.checkboxVisible,
          ),
          row(
            'cold: bytes transferred',
            (x) => x.cold.transferBytes,
            (x) => x.cold.transferBytes,
            fmtKB,
          ),
          row(
            'cold: longest task before visible',
            (x) => x.cold.longestTaskBeforeVisible,
            (x) => x.cold.longestTaskBeforeVisible,
          ),
          row(
            'warm: first contentful paint',
            (x) => x.warm.fcp,
            (x) => x.warm.fcp,
          ),
          row(
            'warm: first checklist visible',
            (x) => x.warm.checkboxVisible,
            (x) => x.warm.checkboxVisible,
          ),
          row(
            'warm: longest task before visible',
            (x) => x.warm.longestTaskBeforeVisible,
            (x) => x.warm.longestTaskBeforeVisible,
          ),
        ],
      ),
    );
    out.push(
      `cold = fresh profile, throttled network + ${MOBILE.cpuSlowdown}× CPU. warm = app: reload offline, served by the service worker (${l.warmServedByServiceWorker.filter(Boolean).length}/${l.warmServedByServiceWorker.length} navigations from the SW); static: reload over loopback without network throttling, HTTP cache allowed; both ${MOBILE.cpuSlowdown}× CPU.`,
    );
    if (l.pageErrors?.length) out.push(`page errors during loads: ${[...new Set(l.pageErrors)].join(' | ')}`);
  }

  const t = r.ticks;
  const lt = r.datasets?.large?.ticks;
  if (t) {
    h(`Tick latency: ${r.options.ticks} ticks per column, ms from click`);
    const cols = [t.cpu1x, t.cpu4x, lt].filter(Boolean);
    const head = ['', '1× CPU, first run', '4× CPU, first run', ...(lt ? ['4× CPU, large dataset'] : [])];
    const f = (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(1));
    out.push(
      table(head, [
        ['committed + shown: p50 / p95 / max', ...cols.map((c) => `${f(c.committed.p50)} / ${f(c.committed.p95)} / ${f(c.committed.max)}`)],
        ['aria-busy off: p50 / p95', ...cols.map((c) => `${f(c.busyOff.p50)} / ${f(c.busyOff.p95)}`)],
        ['next frame painted: p50 / p95', ...cols.map((c) => `${f(c.frame.p50)} / ${f(c.frame.p95)}`)],
        ['click handler (sync): p95 / max', ...cols.map((c) => `${f(c.handler.p95)} / ${f(c.handler.max)}`)],
        [
          'main-thread work per tick (script)',
          ...cols.map((c) => (c.mainThreadPerTick ? `${f(c.mainThreadPerTick.task)} (${f(c.mainThreadPerTick.script)})` : 'n/a')),
        ],
        ['old state shown after aria-busy off', ...cols.map((c) => `${c.flickers}/${c.ticks} ticks, p50 ${f(c.flickerMs.p50)} ms`)],
        ['long tasks ≥ 50 ms: count, longest', ...cols.map((c) => `${c.longTasks}, ${c.longTasks ? fmtMs(c.longestTask) : '-'}`)],
        [
          'long animation frames ≥ 50 ms: count, longest',
          ...cols.map((c) => `${c.longAnimationFrames}, ${c.longAnimationFrames ? fmtMs(c.longestAnimationFrame) : '-'}`),
        ],
        ['timeouts (no commit within 5 s)', ...cols.map((c) => String(c.timeouts))],
      ]),
    );
  }

  const d = r.datasets;
  if (d?.empty?.dashboard) {
    const def = d.definitions?.large;
    h(`Large dataset: warm reloads (SW, offline, ${MOBILE.cpuSlowdown}× CPU), median (min–max) of ${r.options.runs}`);
    if (def)
      out.push(
        `large = ${def.items} items in ${def.phases} phases (${def.done} done), ${def.sessions} sessions, ${def.notes} notes × ${def.noteBytes} B; roadmap document ${fmtKB(def.documentBytes)}; seed ${def.seed}`,
      );
    const cols = [d.empty, d.small, d.large];
    const dash = (fn, fmt = fmtMs) => cols.map((c) => (c?.dashboard ? fmtRange(fn(c.dashboard), fmt) : 'n/a'));
    const phase = (fn, fmt = fmtMs) => cols.map((c) => (c?.phase ? fmtRange(fn(c.phase), fmt) : 'n/a'));
    const heap = (v) => fmtMB(v, 2);
    out.push(
      table(
        ['', 'first run (built-in, empty)', 'small imported roadmap', 'large dataset'],
        [
          ['dashboard: first checklist visible', ...dash((x) => x.checkboxVisible)],
          ['dashboard: first contentful paint', ...dash((x) => x.fcp)],
          ['dashboard: longest task before visible', ...dash((x) => x.longestTaskBeforeVisible)],
          ['dashboard: JS heap after load (after GC)', ...dash((x) => x.heapUsedAfterGc, heap)],
          [
            'dashboard: DOM elements',
            ...dash(
              (x) => x.domNodes,
              (v) => String(Math.round(v)),
            ),
          ],
          [
            `phase view (${d.empty.phasePath ?? '?'} | - | ${d.large.phasePath ?? '?'}): "Goals" visible`,
            ...phase((x) => x.checkboxVisible),
          ],
          ['phase view: longest task before visible', ...phase((x) => x.longestTaskBeforeVisible)],
          ['phase view: JS heap after load (after GC)', ...phase((x) => x.heapUsedAfterGc, heap)],
          [
            'phase view: DOM elements',
            ...phase(
              (x) => x.domNodes,
              (v) => String(Math.round(v)),
            ),
          ],
        ],
      ),
    );
    const extra =
      d.large?.dashboard && d.empty.dashboard.checkboxVisible.median !== null
        ? d.large.dashboard.checkboxVisible.median - d.empty.dashboard.checkboxVisible.median
        : null;
    const extraSmall =
      d.large?.dashboard && d.small?.dashboard ? d.large.dashboard.checkboxVisible.median - d.small.dashboard.checkboxVisible.median : null;
    out.push(
      `dashboard render of the large dataset = extra time to first checklist vs the first run: ${fmtMs(extra)} (vs the small imported roadmap, i.e. the size effect alone: ${fmtMs(extraSmall)})`,
    );
    if (d.pageErrors?.length) out.push(`page errors: ${[...new Set(d.pageErrors)].join(' | ')}`);
  }

  const lh = r.lighthouse;
  if (lh) {
    h(`Lighthouse ${lh.lighthouseVersion ?? ''} (mobile preset, simulated throttling), median (min–max) of ${lh.runs} run(s)`);
    out.push(
      table(
        ['', 'value'],
        [
          ['performance', fmtScore(lh.performance)],
          ['accessibility', fmtScore(lh.accessibility)],
          ['best practices', fmtScore(lh.bestPractices)],
          ['first contentful paint', fmtRange(lh.fcp)],
          ['largest contentful paint', fmtRange(lh.lcp)],
          ['total blocking time', fmtRange(lh.tbt)],
          ['cumulative layout shift', fmtRange(lh.cls, (v) => v.toFixed(3))],
          ['speed index', fmtRange(lh.speedIndex)],
          ['run time', fmtRange(lh.runMs, (v) => `${(v / 1000).toFixed(1)} s`)],
          ['Lighthouse CPU benchmark index', fmtRange(lh.benchmarkIndex, (v) => v.toFixed(0))],
        ],
      ),
    );
    const failing = lh.medianRunFailing;
    if (failing) {
      for (const [cat, audits] of Object.entries(failing)) {
        if (audits.length)
          out.push(
            `${cat}: not full score in the median run: ${audits.map((a) => `${a.title} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`).join('; ')}`,
          );
      }
    }
    if (lh.warnings?.length) out.push(`warnings: ${lh.warnings.join(' | ')}`);
    if (lh.errors?.length) out.push(`errors: ${lh.errors.join(' | ')}`);
  }

  const sc = r.scale;
  if (sc) {
    h('Domain computations in Node (1× CPU), median per call');
    out.push(
      table(
        ['computation', 'at 1k', 'at 10k', '10k / 1k'],
        sc.results.map((x) => [x.name, fmtMs(x.ms1k, 3), fmtMs(x.ms10k, 3), fmtRatio(x.ratio)]),
      ),
    );
    out.push('1k/10k = items (100 per phase) for the roadmap computations, daily sessions for the study-log ones. ×≈10 = linear.');
  }

  h('Targets');
  const targets = r.targets ?? computeTargets(r);
  out.push(
    table(
      ['', 'target', 'measured', 'margin'],
      targets.map((x) => [verdict(x.ok), x.name, x.value ?? 'n/a', x.margin ?? '']),
    ),
  );
  if (r.errors.length) {
    h('Errors (these figures are missing)');
    for (const e of r.errors) out.push(`${e.section}: ${e.message}`);
  }
  return out.join('\n');
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
