import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../../src/sync/test-connection';
import { createWebDavStore } from '../../../src/sync/webdav-store';
import { startApacheDav, type DavServer } from '../../support/apache-dav';
import { startHtmlServer, type TestServer } from '../../support/other-servers';
import { findFreePort } from '../../support/ports';

let apache: DavServer;
let html: TestServer;

beforeAll(async () => {
  [apache, html] = await Promise.all([startApacheDav(), startHtmlServer()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([apache?.stop(), html?.stop()]);
});

const storeFor = (url: string, password = apache.password) => createWebDavStore({ url, user: apache.user, password, timeoutMs: 5000 });

describe('testConnection', () => {
  it('writes, reads back and removes a test file on a working folder', async () => {
    expect(await testConnection(storeFor(apache.url), '')).toEqual({ ok: true });
    expect(readdirSync(apache.dataDir)).toEqual([]);
  });

  it('works inside a sub-folder and leaves it as it was', async () => {
    const store = storeFor(apache.url);
    await store.ensureFolder('Sync stuff');
    expect(await testConnection(store, 'Sync stuff')).toEqual({ ok: true });
    expect(readdirSync(join(apache.dataDir, 'Sync stuff'))).toEqual([]);
  });

  it('says the password was rejected when opening the folder', async () => {
    const result = await testConnection(storeFor(apache.url, 'wrong'), '');
    expect(result).toEqual({
      ok: false,
      step: 'list',
      kind: 'unauthorized',
      message: 'Could not open the folder. The server rejected the user name or password, or does not let this account use the folder.',
    });
  });

  it('says the address is wrong when the folder does not exist', async () => {
    expect(await testConnection(storeFor(`${apache.origin}/dav/missing/`), '')).toMatchObject({
      ok: false,
      step: 'list',
      kind: 'not-found',
    });
  });

  it('says a web page is not a WebDAV folder', async () => {
    const result = await testConnection(storeFor(html.url), '');
    expect(result).toMatchObject({ ok: false, step: 'list', kind: 'not-webdav' });
    if (!result.ok) expect(result.message).toContain('not as a WebDAV folder');
  });

  it('says the server cannot be reached when nothing listens', async () => {
    const port = await findFreePort();
    expect(await testConnection(storeFor(`http://127.0.0.1:${port}/`), '')).toMatchObject({
      ok: false,
      step: 'list',
      kind: 'no-cors-or-network',
    });
  });

  it.runIf(process.getuid?.() === 0)('says which step failed when the folder can be listed but not written', async () => {
    // Made by root, so the server (www-data) can read it but not write into it.
    mkdirSync(join(apache.dataDir, 'read-only'), { mode: 0o755 });
    const result = await testConnection(storeFor(apache.url), 'read-only');
    expect(result).toMatchObject({ ok: false, step: 'write' });
    if (!result.ok) expect(result.message).toMatch(/^Could open the folder but not save a test file in it\./);
  });
});
