// Vitest globalSetup for the `browser` project: builds the production app, serves it with
// `vite preview` on 127.0.0.1 (free port, --strictPort) and provides its URL to the tests:
//
//   import { inject } from 'vitest';
//   const baseURL = inject('baseURL'); // e.g. "http://127.0.0.1:41234" (no trailing slash)
//
// The build is skipped when APP_DIST_READY=1 and dist/index.html exists (scripts/run-tests.mjs
// builds once before running Vitest). `npx vitest run --project browser` alone builds here.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `vite preview` server, e.g. "http://127.0.0.1:41234" (no trailing slash). */
    baseURL: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const VITE_BIN = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

function log(message: string): void {
  process.stderr.write(`[browser global-setup] ${message}\n`);
}

/** Keeps the last `max` characters of a child's output for error messages. */
function collectOutput(child: ChildProcess, max = 8_000): () => string {
  let out = '';
  const add = (chunk: Buffer): void => {
    out = (out + chunk.toString()).slice(-max);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => out;
}

async function buildApp(): Promise<void> {
  const started = Date.now();
  log('building the production app (vite build)…');
  const child = spawn(process.execPath, [VITE_BIN, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const output = collectOutput(child);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c));
  });
  if (code !== 0) {
    throw new Error(`vite build failed (exit ${code}); browser tests cannot run.\n${output()}`);
  }
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

function freePort(): Promise<number> {
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts `vite preview` and resolves once it answers HTTP on `/`. */
async function startPreview(): Promise<{ url: string; child: ChildProcess }> {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const url = `http://${HOST}:${port}`;
    const child = spawn(process.execPath, [VITE_BIN, 'preview', '--host', HOST, '--port', String(port), '--strictPort'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = collectOutput(child);
    let exitCode: number | null | undefined;
    child.once('exit', (code) => {
      exitCode = code;
    });
    const deadline = Date.now() + START_TIMEOUT_MS;
    // exitCode is set by the child's 'exit' listener while this loop awaits.
    // oxlint-disable-next-line no-unmodified-loop-condition
    while (Date.now() < deadline && exitCode === undefined) {
      try {
        const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.ok) return { url, child };
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
    lastError =
      exitCode !== undefined
        ? `vite preview exited with code ${exitCode}:\n${output()}`
        : `vite preview did not answer on ${url} within ${START_TIMEOUT_MS / 1000}s:\n${output()}`;
    await stop(child);
    log(`attempt ${attempt} failed: ${lastError.split('\n')[0]}`);
  }
  throw new Error(lastError);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(VITE_BIN)) throw new Error(`vite is not installed (${VITE_BIN} missing): run npm ci`);

  const distIndex = path.join(ROOT, 'dist', 'index.html');
  if (process.env.APP_DIST_READY === '1' && existsSync(distIndex)) {
    log('APP_DIST_READY=1: reusing dist/');
  } else {
    await buildApp();
  }
  if (!existsSync(distIndex)) throw new Error(`${distIndex} is missing after the build`);

  const { url, child } = await startPreview();
  log(`vite preview serving dist/ at ${url}`);
  project.provide('baseURL', url);

  // If Vitest dies without running teardown, do not leave the server behind.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  return async () => {
    process.off('exit', killOnExit);
    await stop(child);
  };
}
