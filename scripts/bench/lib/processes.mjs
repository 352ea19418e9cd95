// Build, serve and clean up: the production build goes to .bench/dist (never to dist/, which the
// test runner and colleagues use), `vite preview` serves it, and every child process and browser
// started here is stopped on exit, on Ctrl-C and on the global time limit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export const HOST = '127.0.0.1';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Things to stop before exiting: functions returning promises. */
const cleanups = new Set();

export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export async function cleanupAll() {
  const fns = [...cleanups];
  cleanups.clear();
  await Promise.allSettled(fns.map((fn) => withTimeout(Promise.resolve().then(fn), 10_000, 'cleanup')));
}

/** Rejects with `label timed out` when `promise` takes longer than `ms`. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('could not pick a free port'))));
    });
  });
}

/**
 * Production build with Vite's JS API into `outDir`, using the project's vite.config.ts plus one
 * read-only plugin that records which modules end up in which chunk (for the size breakdown).
 */
export async function buildApp(root, outDir) {
  const { build } = await import('vite');
  const chunks = [];
  const recorder = {
    name: 'bench-record-chunks',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const modules = Object.entries(file.modules ?? {}).map(([id, info]) => ({
          id,
          renderedLength: info.renderedLength ?? 0,
        }));
        chunks.push({
          fileName: file.fileName,
          isEntry: file.isEntry,
          isDynamicEntry: file.isDynamicEntry,
          imports: file.imports,
          modules,
        });
      }
    },
  };
  const started = Date.now();
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [recorder],
    build: { outDir, emptyOutDir: true },
  });
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`build produced no ${outDir}/index.html`);
  return { ms: Date.now() - started, chunks };
}

/** Stops a child process: SIGTERM, then SIGKILL after 5 s. */
export async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await Promise.race([exited, sleep(2_000)]);
  }
}

/**
 * `vite preview --host 127.0.0.1 --port N --strictPort --outDir <dir>` on a free port; resolves
 * once it answers HTTP. Registered for cleanup.
 */
export async function startPreview(root, outDir, label = 'vite preview') {
  const viteBin = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(viteBin)) throw new Error(`${viteBin} is missing: run npm ci`);
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const port = await freePort();
    const url = `http://${HOST}:${port}`;
    const child = spawn(
      process.execPath,
      [viteBin, 'preview', '--host', HOST, '--port', String(port), '--strictPort', '--outDir', outDir],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let exitCode;
    child.once('exit', (code) => {
      exitCode = code;
    });
    const remove = onCleanup(() => stopChild(child));
    const deadline = Date.now() + 30_000;
    // exitCode is set by the child's 'exit' listener while this loop awaits.
    // oxlint-disable-next-line no-unmodified-loop-condition
    while (Date.now() < deadline && exitCode === undefined) {
      try {
        const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.ok) {
          return {
            url,
            async stop() {
              remove();
              await stopChild(child);
            },
          };
        }
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
    lastError =
      exitCode !== undefined ? `${label} exited with code ${exitCode}: ${output}` : `${label} did not answer on ${url}: ${output}`;
    remove();
    await stopChild(child);
  }
  throw new Error(lastError);
}

/** Runs a command to completion and returns its trimmed stdout ('' on failure). */
export function capture(cmd, args, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    let out = '';
    let child;
    try {
      child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      resolve('');
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.once('error', () => {
      clearTimeout(timer);
      resolve('');
    });
    child.once('close', () => {
      clearTimeout(timer);
      resolve(out.trim());
    });
  });
}
