import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRemoteError, isSameEtag, type RemoteErrorKind, type RemoteStore } from '../../../src/sync/remote-store';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startApacheDav, type DavServer } from '../../support/apache-dav';
import { findFreePort } from '../../support/ports';
import { startHtmlServer, startSilentServer, startStatusServer, type TestServer } from '../../support/other-servers';

const bytesOf = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
const textOf = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function kindOf(promise: Promise<unknown>): Promise<RemoteErrorKind | 'resolved' | 'other'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isRemoteError(error) ? error.kind : 'other';
  }
}

let apache: DavServer;
let store: RemoteStore;

beforeAll(async () => {
  apache = await startApacheDav();
  store = createWebDavStore({ url: apache.url, user: apache.user, password: apache.password });
}, 120_000);

afterAll(async () => {
  await apache?.stop();
});

describe('WebDAV store against Apache mod_dav', () => {
  it('creates a folder and tolerates creating it again', async () => {
    await store.ensureFolder('app');
    await store.ensureFolder('app');
    await store.ensureFolder('app/devices');
    expect(existsSync(join(apache.dataDir, 'app/devices'))).toBe(true);
  });

  it('writes, lists, reads and deletes files, names with spaces and accents included', async () => {
    await store.ensureFolder('listing');
    await store.put('listing/plain.bin', bytesOf('hello'));
    await store.put('listing/with space é.bin', bytesOf('bonjour!'));
    await store.ensureFolder('listing/sub folder');

    const entries = await store.list('listing');
    const byName = Object.fromEntries(entries.map((entry) => [entry.name, entry]));
    expect(Object.keys(byName).toSorted()).toEqual(['plain.bin', 'sub folder', 'with space é.bin']);
    expect(byName['plain.bin']).toMatchObject({ path: 'listing/plain.bin', isFolder: false, size: 5 });
    expect(byName['with space é.bin']).toMatchObject({ path: 'listing/with space é.bin', size: 8 });
    expect(byName['sub folder']).toMatchObject({ isFolder: true, size: null });
    expect(byName['plain.bin']?.etag).toMatch(/^(W\/)?"[^"]+"$/);
    expect(byName['plain.bin']?.lastModified).toBeGreaterThan(Date.now() - 60_000);

    expect(textOf((await store.get('listing/with space é.bin')).bytes)).toBe('bonjour!');
    await store.delete('listing/plain.bin');
    expect(await kindOf(store.get('listing/plain.bin'))).toBe('not-found');
    // Deleting what is already gone is not an error.
    await store.delete('listing/plain.bin');
  });

  it('lists an empty folder as empty', async () => {
    await store.ensureFolder('empty');
    expect(await store.list('empty')).toEqual([]);
  });

  it('returns null for the ETag of a PUT that Apache answers without one', async () => {
    await store.ensureFolder('etags');
    expect(await store.put('etags/a.bin', bytesOf('one'))).toBeNull();
    expect(await store.put('etags/a.bin', bytesOf('two'))).toBeNull();
  });

  it('treats the weak ETag Apache gives just after a write as the strong one given later', async () => {
    await store.put('etags/weak.bin', bytesOf('fresh'));
    const fresh = await store.get('etags/weak.bin');
    const listed = (await store.list('etags')).find((entry) => entry.name === 'weak.bin');
    await new Promise((done) => setTimeout(done, 1200));
    const settled = await store.get('etags/weak.bin');
    expect(fresh.etag).toMatch(/^W\/"/);
    expect(settled.etag).toMatch(/^"/);
    expect(isSameEtag(fresh.etag, settled.etag)).toBe(true);
    expect(isSameEtag(listed?.etag ?? null, settled.etag)).toBe(true);
  });

  it('replaces a file with If-Match once its ETag has settled, even when given the weak form', async () => {
    await store.put('etags/match.bin', bytesOf('v1'));
    await new Promise((done) => setTimeout(done, 1200));
    const { etag } = await store.get('etags/match.bin');
    // Apache refuses `If-Match: W/"…"`; the store sends the strong form, which matches.
    await store.put('etags/match.bin', bytesOf('v2'), { ifMatch: `W/${etag ?? ''}` });
    expect(textOf((await store.get('etags/match.bin')).bytes)).toBe('v2');
  });

  it('refuses a stale If-Match with precondition-failed', async () => {
    expect(await kindOf(store.put('etags/match.bin', bytesOf('v3'), { ifMatch: '"stale-tag"' }))).toBe('precondition-failed');
    expect(textOf((await store.get('etags/match.bin')).bytes)).toBe('v2');
  });

  it('gets precondition-failed from Apache for any If-Match within a second of a write (its ETag is still weak)', async () => {
    // Why nothing may depend on If-Match: even the right tag fails here.
    await store.put('etags/fresh.bin', bytesOf('v1'));
    const { etag } = await store.get('etags/fresh.bin');
    expect(etag).toMatch(/^W\//);
    expect(await kindOf(store.put('etags/fresh.bin', bytesOf('v2'), { ifMatch: etag ?? '' }))).toBe('precondition-failed');
  });

  it('creates a file once with If-None-Match: * and answers precondition-failed the second time', async () => {
    await store.put('etags/once.bin', bytesOf('first'), { ifNoneMatch: '*' });
    expect(await kindOf(store.put('etags/once.bin', bytesOf('second'), { ifNoneMatch: '*' }))).toBe('precondition-failed');
    expect(textOf((await store.get('etags/once.bin')).bytes)).toBe('first');
  });

  it('reports a wrong password as unauthorized', async () => {
    const wrong = createWebDavStore({ url: apache.url, user: apache.user, password: 'wrong' });
    expect(await kindOf(wrong.list(''))).toBe('unauthorized');
    expect(await kindOf(wrong.put('app/x.bin', bytesOf('x')))).toBe('unauthorized');
  });

  it('reports a folder that does not exist as not-found, for listing and for writing into it', async () => {
    expect(await kindOf(store.list('no-such-folder'))).toBe('not-found');
    expect(await kindOf(store.put('no-such-folder/x.bin', bytesOf('x')))).toBe('not-found');
    expect(await kindOf(store.ensureFolder('no-such-folder/child'))).toBe('not-found');
    const wrongAddress = createWebDavStore({ url: `${apache.origin}/dav/typo/`, user: apache.user, password: apache.password });
    expect(await kindOf(wrongAddress.list(''))).toBe('not-found');
  });

  it('keeps every file under the data folder it was given', () => {
    expect(readdirSync(apache.dataDir).toSorted()).toEqual(['app', 'empty', 'etags', 'listing']);
  });
});

describe('WebDAV store against servers that are not what it needs', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('reports a web page that answers PROPFIND with 200 as not-webdav', async () => {
    const html = await startHtmlServer();
    servers.push(html);
    expect(await kindOf(createWebDavStore({ url: html.url, user: 'a', password: 'b' }).list(''))).toBe('not-webdav');
  });

  it.each([
    [405, 'not-webdav'],
    [501, 'not-webdav'],
    [507, 'insufficient-storage'],
    [500, 'server'],
    [503, 'server'],
    [504, 'timeout'],
    [403, 'unauthorized'],
    [418, 'unexpected'],
  ] as const)('reports a listing answered with %i as %s', async (status, kind) => {
    const server = await startStatusServer(status);
    servers.push(server);
    expect(await kindOf(createWebDavStore({ url: server.url, user: 'a', password: 'b' }).list(''))).toBe(kind);
  });

  it('reports a server that is not there as no-cors-or-network', async () => {
    const port = await findFreePort();
    const gone = createWebDavStore({ url: `http://127.0.0.1:${port}/`, user: 'a', password: 'b' });
    expect(await kindOf(gone.list(''))).toBe('no-cors-or-network');
  });

  it('reports a server that never answers as timeout', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const slow = createWebDavStore({ url: silent.url, user: 'a', password: 'b', timeoutMs: 300 });
    expect(await kindOf(slow.get('x.bin'))).toBe('timeout');
  });
});
