#!/usr/bin/env node
// The single "run every test" entry point (npm test, .ci/run).
//
//   1. scripts/ensure-chromium.sh            -> CHROME_PATH for the browser tests
//      scripts/ensure-apache.sh              -> APACHE_PATH for the sync tests (real WebDAV server)
//   2. tsc -p tsconfig.json --noEmit          -> counted as one test: "typecheck"
//   2b. oxlint (zero warnings), prettier --check -> one test each: "lint", "format"
//   3. vite build (once)                      -> the browser project reuses dist/ (APP_DIST_READY=1)
//   4. vitest run (unit + browser projects)   -> live output + JSON results in test-results/vitest.json
//   5. scripts/bundle-size.mjs                -> counted as one test: "bundle-size"
//   6. scripts/audit-production.mjs           -> one test, skipped when the advisory service is unreachable
//
// The last line printed is exactly `tests: N passed, M failed` (plus `, K skipped` when K > 0).
// Exit status is non-zero when anything failed, including a Vitest run that produced no results.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS_DIR = path.join(ROOT, 'test-results');
const VITEST_JSON = path.join(RESULTS_DIR, 'vitest.json');
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// Vitest 5 wants Node >= 22.12. On Node 20 it runs, but its reporter calls Map.groupBy when printing
// failed tests (Object.groupBy when writing snapshots): without these the run crashes exactly when a
// test fails and no JSON is written. Preloaded into the Vitest process only when missing.
const NODE20_COMPAT = `
const define = (o, k, v) => { if (typeof o[k] !== 'function') Object.defineProperty(o, k, { value: v, writable: true, configurable: true }); };
define(Map, 'groupBy', function groupBy(items, fn) {
  const m = new Map(); let i = 0;
  for (const x of items) { const k = fn(x, i++); const a = m.get(k); if (a) a.push(x); else m.set(k, [x]); }
  return m;
});
define(Object, 'groupBy', function groupBy(items, fn) {
  const o = Object.create(null); let i = 0;
  for (const x of items) { const k = fn(x, i++); (o[k] ??= []).push(x); }
  return o;
});
define(Promise, 'withResolvers', function withResolvers() {
  let resolve, reject;
  const promise = new this((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
});
`;
function nodeCompatEnv() {
  if (typeof Map.groupBy === 'function' && typeof Object.groupBy === 'function' && typeof Promise.withResolvers === 'function') {
    return {};
  }
  const url = `data:text/javascript;base64,${Buffer.from(NODE20_COMPAT).toString('base64')}`;
  return { NODE_OPTIONS: [env.NODE_OPTIONS, `--import=${url}`].filter(Boolean).join(' ') };
}

/** [command, args] for a locally installed CLI: node_modules/.bin/<name> directly, else `npx --no`. */
function local(name, args) {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
  return existsSync(bin) ? [bin, args] : [NPX, ['--no', '--', name, ...args]];
}

process.chdir(ROOT);

/** Non-Vitest checks and synthetic failures: { name, status: 'passed'|'failed'|'skipped', detail? } */
const checks = [];
const env = { ...process.env };
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    interrupted = true; // children in the same process group receive the signal too
  });
}

function heading(text) {
  console.log(`\n==> ${text}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

/** Runs a command with inherited stdio (or captured stdout); resolves { code, stdout }. Never rejects. */
function run(cmd, args, { captureStdout = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let child;
    try {
      child = spawn(cmd, args, {
        cwd: ROOT,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', captureStdout ? 'pipe' : 'inherit', 'inherit'],
      });
    } catch (error) {
      console.error(`could not start ${cmd}: ${error.message}`);
      resolve({ code: 127, stdout });
      return;
    }
    child.stdout?.on('data', (d) => {
      stdout += d;
    });
    child.once('error', (error) => {
      console.error(`could not start ${cmd}: ${error.message}`);
      resolve({ code: 127, stdout });
    });
    child.once('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, signal }));
  });
}

function bailIfInterrupted() {
  if (interrupted) {
    console.error('\ninterrupted');
    console.log('tests: 0 passed, 1 failed');
    process.exit(130);
  }
}

// 1. Chromium -----------------------------------------------------------------------------------
heading('Chromium (scripts/ensure-chromium.sh)');
let chromiumOk = false;
{
  const { code, stdout } = await run('bash', [path.join('scripts', 'ensure-chromium.sh')], { captureStdout: true });
  const found = stdout.trim().split('\n').pop()?.trim() ?? '';
  if (code === 0 && found) {
    env.CHROME_PATH = found;
    chromiumOk = true;
    console.log(`CHROME_PATH=${found}`);
  } else {
    console.error('Chromium not available: the browser tests cannot run.');
    checks.push({ name: 'browser tests (not run: Chromium missing)', status: 'failed' });
  }
}
bailIfInterrupted();

// 1b. Apache httpd with mod_dav, for the sync tests (unit and browser) -------------------------
// Installed with apt when missing and we are root (as Chromium is); elsewhere the script says how.
// Without it the sync test files fail with that message; everything else still runs.
heading('Apache httpd with mod_dav (scripts/ensure-apache.sh)');
{
  const { code, stdout } = await run('bash', [path.join('scripts', 'ensure-apache.sh')], { captureStdout: true });
  const found = stdout.trim().split('\n').pop()?.trim() ?? '';
  if (code === 0 && found) {
    env.APACHE_PATH = found;
    console.log(`APACHE_PATH=${found}`);
  } else {
    console.error('Apache httpd not available: the sync tests will fail (see the message above for how to install it).');
  }
}
bailIfInterrupted();

// 2. Type check ---------------------------------------------------------------------------------
heading('typecheck: tsc -p tsconfig.json --noEmit');
{
  const t = Date.now();
  const { code } = await run(...local('tsc', ['-p', 'tsconfig.json', '--noEmit']));
  const ok = code === 0;
  console.log(ok ? `typecheck passed (${seconds(t)})` : `typecheck FAILED (exit ${code})`);
  checks.push({ name: 'typecheck', status: ok ? 'passed' : 'failed' });
}
bailIfInterrupted();

// 2b. Lint and format --------------------------------------------------------------------------
heading('lint: oxlint --deny-warnings src scripts tests');
{
  const { code } = await run(...local('oxlint', ['--deny-warnings', 'src', 'scripts', 'tests']));
  console.log(code === 0 ? 'lint passed' : `lint FAILED (exit ${code})`);
  checks.push({ name: 'lint', status: code === 0 ? 'passed' : 'failed' });
}
heading('format: prettier --check');
{
  const { code } = await run(...local('prettier', ['--check', 'src', 'tests', 'scripts', 'vite.config.ts', 'vitest.config.ts']));
  console.log(code === 0 ? 'format check passed' : `format check FAILED (exit ${code}): run npm run format`);
  checks.push({ name: 'format', status: code === 0 ? 'passed' : 'failed' });
}
bailIfInterrupted();

// 3. Production build (once; reused by the browser project and the bundle check) -----------------
heading('build: vite build');
let buildOk = false;
{
  const t = Date.now();
  const { code } = await run(...local('vite', ['build']));
  buildOk = code === 0 && existsSync(path.join(ROOT, 'dist', 'index.html'));
  if (buildOk) {
    env.APP_DIST_READY = '1';
    console.log(`build done (${seconds(t)})`);
  } else {
    delete env.APP_DIST_READY;
    console.error(`vite build FAILED (exit ${code}): skipping the browser tests and the bundle check.`);
    checks.push({ name: 'browser tests (not run: vite build failed)', status: 'failed' });
  }
}
bailIfInterrupted();

// 4. Vitest ---------------------------------------------------------------------------------------
const runBrowser = chromiumOk && buildOk;
heading(`vitest run (${runBrowser ? 'unit + browser' : 'unit only'})`);
let vitest = { passed: 0, failed: 0, skipped: 0, failures: [] };
{
  mkdirSync(RESULTS_DIR, { recursive: true });
  rmSync(VITEST_JSON, { force: true });
  const args = [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${path.relative(ROOT, VITEST_JSON)}`,
    '--passWithNoTests',
  ];
  if (!runBrowser) args.push('--project', 'unit');
  const { code } = await run(...local('vitest', args), { extraEnv: nodeCompatEnv() });
  bailIfInterrupted();
  vitest = readVitestResults(code);
}

function readVitestResults(exitCode) {
  const out = { passed: 0, failed: 0, skipped: 0, failures: [] };
  let report;
  try {
    report = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
  } catch (error) {
    const why = existsSync(VITEST_JSON) ? `unreadable (${error.message})` : 'missing';
    out.failed = 1;
    out.failures.push(`vitest: no results (${path.relative(ROOT, VITEST_JSON)} ${why}; exit ${exitCode})`);
    return out;
  }
  for (const file of report.testResults ?? []) {
    const rel = path.relative(ROOT, file.name ?? '') || file.name;
    let fileFailures = 0;
    for (const a of file.assertionResults ?? []) {
      if (a.status === 'passed') out.passed++;
      else if (a.status === 'failed') {
        out.failed++;
        fileFailures++;
        out.failures.push(`${rel} > ${a.fullName ?? a.title}`);
      } else out.skipped++; // skipped, pending, todo, disabled
    }
    // A file that failed without a failing test (import error, failing beforeAll, ...) counts as one failure.
    if (file.status === 'failed' && fileFailures === 0) {
      out.failed++;
      const msg = String(file.message ?? '').split('\n')[0];
      out.failures.push(`${rel} (file failed${msg ? `: ${msg}` : ''})`);
    }
  }
  // Non-zero exit with nothing failing in the JSON: unhandled errors, a crashed worker, a failed globalSetup...
  if (exitCode !== 0 && out.failed === 0) {
    out.failed = 1;
    out.failures.push(`vitest exited with code ${exitCode} although no test failed (unhandled error? see output above)`);
  }
  return out;
}

// 5. Bundle budget --------------------------------------------------------------------------------
heading('bundle-size: node scripts/bundle-size.mjs');
if (buildOk) {
  const { code } = await run(process.execPath, [path.join('scripts', 'bundle-size.mjs')]);
  checks.push({ name: 'bundle-size', status: code === 0 ? 'passed' : 'failed' });
} else {
  console.error('not run: the build failed');
  checks.push({ name: 'bundle-size (not run: vite build failed)', status: 'failed' });
}
bailIfInterrupted();

// 6. Security audit of production dependencies (skipped, and said so, where the registry has no advisory service)
heading('audit: npm audit --omit=dev (high or critical fails)');
{
  const { code } = await run(process.execPath, [path.join('scripts', 'audit-production.mjs')]);
  checks.push({ name: 'npm audit --omit=dev', status: code === 0 ? 'passed' : code === 3 ? 'skipped' : 'failed' });
}
bailIfInterrupted();

// Summary -----------------------------------------------------------------------------------------
const passed = vitest.passed + checks.filter((c) => c.status === 'passed').length;
const failed = vitest.failed + checks.filter((c) => c.status === 'failed').length;
const skipped = vitest.skipped + checks.filter((c) => c.status === 'skipped').length;
const failures = [...checks.filter((c) => c.status === 'failed').map((c) => c.name), ...vitest.failures];

heading('summary');
if (failures.length) {
  console.log('Failed:');
  for (const f of failures) console.log(`  x ${f}`);
} else {
  console.log('All checks passed.');
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
