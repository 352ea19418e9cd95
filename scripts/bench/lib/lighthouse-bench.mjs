// Lighthouse 13, run programmatically against the preview server with the system Chromium.
// Default config = mobile preset: moto g power class screen, simulated slow 4G (150 ms RTT,
// 1.6 Mbps down, 750 kbps up) and 4× CPU slowdown. A fresh Chromium (fresh profile) per run.
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { onCleanup, withTimeout } from './processes.mjs';
import { summarize } from './stats.mjs';

export const LIGHTHOUSE_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const RUN_TIMEOUT = 150_000;

async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_FLAGS, logLevel: 'silent' });
  const remove = onCleanup(() => chrome.kill());
  try {
    const result = await withTimeout(
      lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
      RUN_TIMEOUT,
      'a Lighthouse run',
    );
    if (!result?.lhr) throw new Error('Lighthouse returned no report');
    return result.lhr;
  } finally {
    remove();
    await Promise.resolve(chrome.kill()).catch(() => {});
  }
}

function failingAudits(lhr, category) {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'notApplicable')
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' }));
}

function extract(lhr, ms) {
  const score = (id) => lhr.categories[id]?.score ?? null;
  const num = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    ms,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    speedIndex: num('speed-index'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    failing: {
      performance: failingAudits(lhr, 'performance'),
      accessibility: failingAudits(lhr, 'accessibility'),
      bestPractices: failingAudits(lhr, 'best-practices'),
    },
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/**
 * `minRuns` runs, extended to `maxRuns` while each run stays under `fastRunMs` and the time
 * left allows. Returns per-run figures and medians; the median-performance report goes to
 * `reportPath` (JSON) for inspection.
 */
export async function runLighthouseSeries(url, { chromePath, minRuns = 3, maxRuns = 5, fastRunMs = 30_000, deadline, reportPath, log }) {
  const runs = [];
  const reports = [];
  const errors = [];
  for (let i = 0; i < maxRuns; i += 1) {
    const slowest = runs.reduce((m, r) => Math.max(m, r.ms), 0);
    if (i >= minRuns && (slowest >= fastRunMs || Date.now() + slowest * 1.5 > deadline)) break;
    if (i > 0 && Date.now() + Math.max(slowest, 30_000) * 1.5 > deadline) break;
    const started = Date.now();
    try {
      const lhr = await runOnce(url, chromePath);
      const run = extract(lhr, Date.now() - started);
      runs.push(run);
      reports.push(lhr);
      log?.(
        `  lighthouse run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run.bestPractices} (${(run.ms / 1000).toFixed(1)} s)`,
      );
    } catch (error) {
      errors.push(String(error?.message ?? error));
      log?.(`  lighthouse run ${i + 1} failed: ${error?.message ?? error}`);
      if (errors.length >= 2) break;
    }
  }
  const pick = (key) => summarize(runs.map((r) => r[key]));
  const summary = {
    runs: runs.length,
    perRun: runs.map(({ failing: _f, warnings: _w, ...rest }) => rest),
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    speedIndex: pick('speedIndex'),
    runMs: pick('ms'),
    benchmarkIndex: pick('benchmarkIndex'),
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    errors,
    lighthouseVersion: runs[0]?.lighthouseVersion ?? null,
  };
  if (runs.length) {
    // The run whose performance score is the median: its failing audits and full report.
    const order = runs.map((r, i) => [r.performance ?? 0, i]).toSorted((a, b) => a[0] - b[0]);
    const mid = order[Math.floor((order.length - 1) / 2)][1];
    summary.medianRunFailing = runs[mid].failing;
    if (reportPath) writeFileSync(reportPath, JSON.stringify(reports[mid]));
  }
  return summary;
}
