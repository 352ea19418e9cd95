#!/usr/bin/env node
// First-load bundle budget for the production build in dist/.
//
// First-load JS = the module entry script(s) in dist/index.html, every <link rel="modulepreload">,
// and every chunk they import statically (walked recursively; dynamic import() is not followed).
// First-load CSS = every <link rel="stylesheet"> in dist/index.html.
// Each file is gzipped at level 9 and compared with the budgets below.
//
// Usage: node scripts/bundle-size.mjs [--json] [--dist <dir>]
// Exit status: 0 within budget, 1 over budget or when the build output is missing/unreadable.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlibConstants } from 'node:zlib';

const KB = 1024;
export const BUDGETS = { js: 130 * KB, css: 15 * KB };

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const distArgIndex = args.indexOf('--dist');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distDir = path.resolve(distArgIndex >= 0 && args[distArgIndex + 1] ? args[distArgIndex + 1] : path.join(repoRoot, 'dist'));

function fail(message) {
  if (asJson) {
    process.stdout.write(JSON.stringify({ ok: false, error: message }, null, 2) + '\n');
  } else {
    process.stderr.write(`bundle-size: ${message}\n`);
  }
  process.exit(1);
}

/** Parse the attributes of one HTML start tag into a lower-cased map. */
function parseAttributes(tag) {
  const attrs = {};
  const body = tag.replace(/^<\s*[\w-]+/, '').replace(/\/?>$/, '');
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  let m;
  while ((m = re.exec(body))) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** Map a URL found in index.html (e.g. "/assets/index-abc.js", "./assets/x.js", "/base/assets/x.js") to a file in dist. */
function resolveFromHtml(url) {
  if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) || url.startsWith('data:')) return null; // external: not ours to size
  const clean = url.split(/[?#]/)[0];
  if (!clean.startsWith('/')) return path.resolve(distDir, clean);
  // Absolute path: try it under dist, then drop leading segments (a non-root `base`).
  const segments = clean.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = path.join(distDir, ...segments.slice(i));
    if (existsSync(candidate)) return candidate;
  }
  return path.join(distDir, ...segments);
}

// Static imports/re-exports only: `import x from"./a.js"`, `import{a as b}from"./a.js"`, `import"./a.js"`,
// `import*as n from"./a.js"`, `export{a}from"./a.js"`, `export*from"./a.js"`.
// Not matched: `import("./a.js")` (dynamic), `import.meta`, identifiers ending in "import".
const STATIC_IMPORT_RE = /(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?(["'])([^"'\n]+)\1/g;

function staticImports(file, code) {
  const found = [];
  let m;
  STATIC_IMPORT_RE.lastIndex = 0;
  while ((m = STATIC_IMPORT_RE.exec(code))) {
    const spec = m[2];
    if (!(spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/'))) continue; // bare/external
    const target = spec.startsWith('/') ? resolveFromHtml(spec) : path.resolve(path.dirname(file), spec.split(/[?#]/)[0]);
    if (target && /\.m?js$/.test(target)) found.push(target);
  }
  return found;
}

function sizeOf(file) {
  const buf = readFileSync(file);
  const gz = gzipSync(buf, { level: zlibConstants.Z_BEST_COMPRESSION });
  return { file: path.relative(distDir, file).split(path.sep).join('/'), raw: buf.length, gzip: gz.length };
}

function listFiles(dir, ext) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, ext));
    else if (ext.test(name)) out.push(full);
  }
  return out;
}

const indexPath = path.join(distDir, 'index.html');
if (!existsSync(indexPath)) {
  fail(`${path.relative(process.cwd(), indexPath) || indexPath} not found: build first (npm run size, or npx vite build).`);
}
const html = readFileSync(indexPath, 'utf8');

const entryJs = [];
const cssFiles = [];
for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
  const name = tag.slice(1).split(/[\s>]/)[0].toLowerCase();
  const a = parseAttributes(tag);
  if (name === 'script' && a.type === 'module' && a.src) entryJs.push(a.src);
  if (name === 'link' && a.href) {
    const rels = (a.rel || '').toLowerCase().split(/\s+/);
    if (rels.includes('modulepreload')) entryJs.push(a.href);
    if (rels.includes('stylesheet')) cssFiles.push(a.href);
  }
}
if (entryJs.length === 0) fail(`no <script type="module"> entry found in ${indexPath}.`);

// Walk static imports breadth-first from the entry scripts and modulepreloads.
// Files named in index.html must exist; a specifier found by the import scan that names no file is
// ignored (the scan is textual, so it can match inside a string literal).
const jsSet = new Set();
const missing = [];
const queue = [];
for (const file of entryJs.map(resolveFromHtml).filter(Boolean)) {
  if (existsSync(file)) queue.push(file);
  else missing.push(path.relative(distDir, file));
}
while (queue.length) {
  const file = queue.shift();
  if (jsSet.has(file)) continue;
  jsSet.add(file);
  for (const dep of staticImports(file, readFileSync(file, 'utf8'))) {
    if (!jsSet.has(dep) && existsSync(dep)) queue.push(dep);
  }
}
const cssSet = new Set(cssFiles.map(resolveFromHtml).filter(Boolean));
for (const f of cssSet) if (!existsSync(f)) missing.push(path.relative(distDir, f));
if (missing.length) fail(`files referenced by the build are missing from ${distDir}: ${missing.join(', ')}`);

const js = [...jsSet].map(sizeOf).sort((a, b) => b.gzip - a.gzip);
const css = [...cssSet].map(sizeOf).sort((a, b) => b.gzip - a.gzip);
const sum = (rows, key) => rows.reduce((n, r) => n + r[key], 0);

// Informational: JS not loaded up front (lazy chunks, service worker, workbox runtime).
const lazy = listFiles(distDir, /\.m?js$/)
  .filter((f) => !jsSet.has(f))
  .map(sizeOf)
  .sort((a, b) => b.gzip - a.gzip);

const report = {
  dist: distDir,
  js: { files: js, raw: sum(js, 'raw'), gzip: sum(js, 'gzip'), budget: BUDGETS.js, ok: sum(js, 'gzip') <= BUDGETS.js },
  css: { files: css, raw: sum(css, 'raw'), gzip: sum(css, 'gzip'), budget: BUDGETS.css, ok: sum(css, 'gzip') <= BUDGETS.css },
  notFirstLoadJs: { files: lazy, raw: sum(lazy, 'raw'), gzip: sum(lazy, 'gzip') },
};
report.ok = report.js.ok && report.css.ok;

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
if (asJson) {
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
} else {
  const rows = [...js.map((r) => ['js', r.file, kb(r.raw), kb(r.gzip)]), ...css.map((r) => ['css', r.file, kb(r.raw), kb(r.gzip)])];
  const head = ['type', 'first-load file', 'raw', 'gzip -9'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log('');
  const verdict = (part) => (part.ok ? 'ok' : `OVER by ${kb(part.gzip - part.budget)}`);
  console.log(`JS  first load: ${kb(report.js.gzip)} gzipped (${kb(report.js.raw)} raw) / budget ${kb(BUDGETS.js)}: ${verdict(report.js)}`);
  console.log(
    `CSS first load: ${kb(report.css.gzip)} gzipped (${kb(report.css.raw)} raw) / budget ${kb(BUDGETS.css)}: ${verdict(report.css)}`,
  );
  console.log(`(not first-load: ${lazy.length} other JS file(s), ${kb(report.notFirstLoadJs.gzip)} gzipped; not budgeted)`);
}

if (!report.ok) {
  const over = [];
  if (!report.js.ok)
    over.push(`first-load JS is ${kb(report.js.gzip)} gzipped, over the ${kb(BUDGETS.js)} budget by ${kb(report.js.gzip - BUDGETS.js)}`);
  if (!report.css.ok)
    over.push(
      `first-load CSS is ${kb(report.css.gzip)} gzipped, over the ${kb(BUDGETS.css)} budget by ${kb(report.css.gzip - BUDGETS.css)}`,
    );
  process.stderr.write(
    `bundle-size: BUDGET EXCEEDED: ${over.join('; ')}.\n` +
      'Lazy-load code the first view does not need (React.lazy / import()), or drop heavy dependencies.\n',
  );
  process.exit(1);
}
