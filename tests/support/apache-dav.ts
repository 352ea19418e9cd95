/**
 * A real Apache httpd with mod_dav_fs on a free loopback port, configured in a temp dir, for the
 * sync tests. Nothing of the system's Apache set-up (sites, ports, service) is used or changed.
 *
 * The binary comes from scripts/ensure-apache.sh, which installs Debian's apache2 and apache2-utils
 * when they are missing and we are root (so CI on a fresh machine needs no extra step).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort, waitForPort } from './ports';

export interface DavServer {
  /** The WebDAV folder's address, with a trailing slash. */
  url: string;
  origin: string;
  user: string;
  password: string;
  /** Where the files land on disk, to check what the host can see. */
  dataDir: string;
  /** Stops httpd and deletes its files. */
  stop(): Promise<void>;
  /** Stops httpd but keeps its files and port, as a server that went down for a while. */
  halt(): Promise<void>;
  /** Starts it again after halt(), same port, same files. */
  resume(): Promise<void>;
}

export interface ApacheDavOptions {
  /** The web app's origin allowed by CORS. */
  appOrigin?: string;
  user?: string;
  password?: string;
  /** The URL path of the WebDAV folder. */
  davPath?: string;
}

const ROOT = resolve(__dirname, '../..');
const MODULE_DIRS = ['/usr/lib/apache2/modules', '/usr/lib64/httpd/modules', '/usr/lib/httpd/modules', '/usr/libexec/apache2'];
const MODULES = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['authn_core_module', 'mod_authn_core.so'],
  ['authn_file_module', 'mod_authn_file.so'],
  ['auth_basic_module', 'mod_auth_basic.so'],
  ['authz_user_module', 'mod_authz_user.so'],
  ['alias_module', 'mod_alias.so'],
  ['dav_module', 'mod_dav.so'],
  ['dav_fs_module', 'mod_dav_fs.so'],
  ['headers_module', 'mod_headers.so'],
] as const;

let apachePath: string | null = null;

/** The httpd binary; installs it through scripts/ensure-apache.sh on first use when needed. */
export function findApache(): string {
  if (apachePath) return apachePath;
  try {
    const output = execFileSync('bash', [join(ROOT, 'scripts/ensure-apache.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    apachePath = output.trim().split('\n').at(-1) ?? '';
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Apache httpd is needed for the sync tests and was not found.\n${stderr}`, { cause: error });
  }
  return apachePath;
}

function findModuleDir(): string {
  const found = MODULE_DIRS.find((dir) => existsSync(join(dir, 'mod_dav_fs.so')));
  if (!found) throw new Error(`mod_dav_fs.so not found in ${MODULE_DIRS.join(', ')}`);
  return found;
}

const isRoot = (): boolean => process.getuid?.() === 0;

function writeConfig(dir: string, port: number, options: Required<ApacheDavOptions>): string {
  const moduleDir = findModuleDir();
  const data = join(dir, 'data');
  const davPath = options.davPath.replace(/\/?$/, '/');
  const config = `# Written by tests/support/apache-dav.ts
ServerRoot "${dir}"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile "${dir}/run/httpd.pid"
DefaultRuntimeDir "${dir}/run"
Mutex file:${dir}/run default
ErrorLog "${dir}/error.log"
LogLevel warn
${MODULES.map(([name, file]) => `LoadModule ${name} "${moduleDir}/${file}"`).join('\n')}
${isRoot() ? 'User www-data\nGroup www-data' : ''}
StartServers 1
ServerLimit 2
ThreadsPerChild 8
ThreadLimit 8
MaxRequestWorkers 16
MinSpareThreads 2
MaxSpareThreads 16
Timeout 20
DavLockDB "${dir}/run/davlock"
DocumentRoot "${dir}/empty"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
Alias "${davPath}" "${data}/"
<Directory "${data}">
  Dav On
  AllowOverride None
  AuthType Basic
  AuthName "sync test"
  AuthUserFile "${dir}/htpasswd"
  # Browsers send CORS preflights (OPTIONS) without credentials.
  <LimitExcept OPTIONS>
    Require valid-user
  </LimitExcept>
  <Limit OPTIONS>
    Require all granted
  </Limit>
</Directory>
# "always" also puts them on 401/404/412 answers, so the app can read those statuses.
Header always set Access-Control-Allow-Origin "${options.appOrigin}"
Header always set Access-Control-Allow-Methods "GET, HEAD, PUT, DELETE, MKCOL, PROPFIND, OPTIONS"
Header always set Access-Control-Allow-Headers "Authorization, Content-Type, Depth, If-Match, If-None-Match"
Header always set Access-Control-Expose-Headers "ETag"
Header always set Access-Control-Max-Age "600"
Header always merge Vary "Origin"
`;
  const path = join(dir, 'httpd.conf');
  writeFileSync(path, config);
  return path;
}

function readPid(dir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dir, 'run/httpd.pid'), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

async function waitForPid(dir: string, timeoutMs: number): Promise<number> {
  for (let waited = 0; waited < timeoutMs; waited += 50) {
    const pid = readPid(dir);
    if (pid !== null) return pid;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`httpd wrote no PID file within ${timeoutMs} ms\n${readErrorLog(dir)}`);
}

/** Running, and not a zombie: in a container PID 1 may never reap the daemonized httpd. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return !existsSync('/proc/self');
  }
}

async function stopPid(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 5000 && isAlive(pid); waited += 50) await new Promise((done) => setTimeout(done, 50));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

function readErrorLog(dir: string): string {
  try {
    return readFileSync(join(dir, 'error.log'), 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '';
  }
}

function makeTempTree(user: string, password: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'apache-dav-'));
  // www-data must be able to walk into the dir (mkdtemp makes it 0700) and read the password file.
  chmodSync(dir, 0o755);
  for (const sub of ['data', 'run', 'empty']) mkdirSync(join(dir, sub), { mode: 0o755 });
  if (isRoot()) for (const sub of ['data', 'run']) chownSync(join(dir, sub), 33, 33);
  const htpasswd = spawnSync('htpasswd', ['-b', '-c', '-B', '-C', '4', join(dir, 'htpasswd'), user, password], { encoding: 'utf8' });
  if (htpasswd.status !== 0) throw new Error(`htpasswd failed: ${htpasswd.stderr || htpasswd.error?.message}`);
  chmodSync(join(dir, 'htpasswd'), 0o644);
  return dir;
}

/** Starts httpd; retries on another port when the free port was taken in between. */
export async function startApacheDav(options: ApacheDavOptions = {}): Promise<DavServer> {
  const resolved: Required<ApacheDavOptions> = {
    appOrigin: options.appOrigin ?? 'http://127.0.0.1:4173',
    user: options.user ?? 'alice',
    password: options.password ?? 'correct horse battery staple',
    davPath: options.davPath ?? '/dav/',
  };
  const binary = findApache();
  let lastError = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const dir = makeTempTree(resolved.user, resolved.password);
    const port = await findFreePort();
    const config = writeConfig(dir, port, resolved);
    const started = spawnSync(binary, ['-f', config, '-k', 'start'], { encoding: 'utf8', timeout: 20_000 });
    // `-k start` returns once the daemon has forked; the daemon writes its PID file a moment later.
    let pid: number | null = null;
    try {
      if (started.status !== 0) throw new Error(`${started.stderr}${readErrorLog(dir)}`);
      await waitForPort(port, 10_000);
      pid = await waitForPid(dir, 5000);
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      if (pid !== null) await stopPid(pid);
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    let livePid = pid;
    const stopNow = (): void => {
      if (isAlive(livePid)) process.kill(livePid, 'SIGKILL');
    };
    // A crashed test run must not leave httpd behind.
    process.once('exit', stopNow);
    const origin = `http://127.0.0.1:${port}`;
    return {
      url: `${origin}${resolved.davPath.replace(/\/?$/, '/')}`,
      origin,
      user: resolved.user,
      password: resolved.password,
      dataDir: join(dir, 'data'),
      async stop() {
        process.removeListener('exit', stopNow);
        await stopPid(livePid);
        rmSync(dir, { recursive: true, force: true });
      },
      async halt() {
        await stopPid(livePid);
        rmSync(join(dir, 'run/httpd.pid'), { force: true });
      },
      async resume() {
        const again = spawnSync(binary, ['-f', config, '-k', 'start'], { encoding: 'utf8', timeout: 20_000 });
        if (again.status !== 0) throw new Error(`httpd did not start again: ${again.stderr}${readErrorLog(dir)}`);
        await waitForPort(port, 10_000);
        livePid = await waitForPid(dir, 5000);
      },
    };
  }
  throw new Error(`Apache httpd did not start:\n${lastError}`);
}
