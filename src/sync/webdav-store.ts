/**
 * RemoteStore over WebDAV (RFC 4918) with `fetch` only, so the same code runs in the browser and in
 * Node 20. In a browser the server must answer CORS preflights for this app's origin, unless the
 * app and the folder are served from one origin (see docs/sync.md).
 */
import { decodePathSegments, parseMultistatus, PROPFIND_BODY } from './dav-multistatus';
import { RemoteError, strongEtag, type PutOptions, type RemoteEntry, type RemoteErrorKind, type RemoteStore } from './remote-store';

export interface WebDavStoreOptions {
  /** The folder address, as returned by validateServerAddress. */
  url: string;
  user: string;
  password: string;
  /** Per request, including reading the body. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Base64 of UTF-8, as browsers send non-ASCII Basic credentials. */
function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function splitPath(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) throw new Error(`Path segments . and .. are not allowed: ${path}`);
  return segments;
}

function kindForStatus(status: number, method: string): RemoteErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 409) return 'not-found'; // 409: a parent folder is missing
  if (status === 412) return 'precondition-failed';
  if (status === 507) return 'insufficient-storage';
  if (status === 405 || status === 501) return method === 'PROPFIND' || method === 'MKCOL' ? 'not-webdav' : 'unexpected';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'server';
  return 'unexpected';
}

const isTimeout = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'TimeoutError' || (error.name === 'AbortError' && /timeout/i.test(String(error.message))));

export function createWebDavStore(options: WebDavStoreOptions): RemoteStore {
  const base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  const baseSegments = decodePathSegments(base.pathname) ?? [];
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = options.user === '' && options.password === '' ? null : basicAuth(options.user, options.password);

  const urlOf = (path: string, isFolder: boolean): URL => {
    const encoded = splitPath(path).map(encodeURIComponent).join('/');
    return new URL(encoded === '' ? '' : `${encoded}${isFolder ? '/' : ''}`, base);
  };

  /** One request; anything but an answer in `accepted` becomes a RemoteError. */
  async function send(
    method: string,
    url: URL,
    init: { headers?: Record<string, string>; body?: BodyInit; accepted: readonly number[] },
  ): Promise<{ response: Response; body: ArrayBuffer }> {
    const headers: Record<string, string> = { ...init.headers };
    if (authorization) headers.Authorization = authorization;
    const detail = `${method} ${url.pathname}`;
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: init.body,
        // Never a cached listing or file: another device may have changed it a moment ago.
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Read the body inside the try: the timeout covers it, and the connection is released.
      const body = await response.arrayBuffer();
      if (!init.accepted.includes(response.status)) {
        throw new RemoteError(kindForStatus(response.status, method), response.status, `${detail} answered ${response.status}`);
      }
      return { response, body };
    } catch (error) {
      if (error instanceof RemoteError) throw error;
      if (isTimeout(error)) throw new RemoteError('timeout', null, `${detail} timed out after ${timeoutMs} ms`);
      // fetch gives no status when the request never got an answer; in a browser a CORS refusal
      // looks exactly like this.
      throw new RemoteError('no-cors-or-network', null, `${detail} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async function list(folder: string): Promise<RemoteEntry[]> {
    const folderSegments = splitPath(folder);
    const url = urlOf(folder, true);
    const { response, body } = await send('PROPFIND', url, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
      accepted: [200, 207],
    });
    // A web page (or a proxy's login page) answering 200 to PROPFIND is not a WebDAV folder.
    if (response.status !== 207)
      throw new RemoteError('not-webdav', response.status, `PROPFIND ${url.pathname} answered ${response.status}`);
    let entries;
    try {
      entries = parseMultistatus(new TextDecoder().decode(body), url);
    } catch (error) {
      throw new RemoteError('not-webdav', 207, `PROPFIND ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const prefix = [...baseSegments, ...folderSegments];
    return entries.flatMap((entry): RemoteEntry[] => {
      const segments = decodePathSegments(entry.url.pathname);
      // Only direct children; the folder itself and anything odd are left out.
      if (!segments || segments.length !== prefix.length + 1 || prefix.some((segment, index) => segments[index] !== segment)) return [];
      const name = segments.at(-1) ?? '';
      return [
        {
          name,
          path: [...folderSegments, name].join('/'),
          isFolder: entry.isFolder,
          etag: entry.etag,
          size: entry.size,
          lastModified: entry.lastModified,
        },
      ];
    });
  }

  return {
    list,
    async get(path) {
      const { response, body } = await send('GET', urlOf(path, false), { accepted: [200] });
      return { bytes: new Uint8Array(body), etag: response.headers.get('ETag') };
    },
    async put(path, bytes, putOptions: PutOptions = {}) {
      const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
      if (putOptions.ifNoneMatch) headers['If-None-Match'] = putOptions.ifNoneMatch;
      // Apache refuses its own weak tag in If-Match; the strong form of the same tag matches.
      if (putOptions.ifMatch) headers['If-Match'] = strongEtag(putOptions.ifMatch);
      const { response } = await send('PUT', urlOf(path, false), { headers, body: bytes, accepted: [200, 201, 204] });
      return response.headers.get('ETag');
    },
    async delete(path) {
      // Already gone is what we wanted.
      await send('DELETE', urlOf(path, false), { accepted: [200, 204, 404] });
    },
    async ensureFolder(path) {
      // 405: the folder already exists (RFC 4918 §9.3.1).
      await send('MKCOL', urlOf(path, true), { accepted: [201, 405] });
    },
  };
}
