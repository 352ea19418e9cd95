/**
 * Servers for the negative cases of the sync tests, all on loopback and all real processes or
 * real in-process servers (no mocked fetch):
 * - a WebDAV server that ignores If-Match / If-None-Match (the `webdav-server` package),
 * - a plain web server that answers every request with an HTML page,
 * - a server that accepts connections and never answers.
 */
import { createServer, type Server } from 'node:http';
import { v2 as webdav } from 'webdav-server';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export interface CredentialServer extends TestServer {
  user: string;
  password: string;
}

const closeServer = (server: Server): Promise<void> =>
  new Promise((done) => {
    server.closeAllConnections();
    server.close(() => done());
  });

function listen(server: Server): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/**
 * webdav-server 2.6 with its in-memory file system: answers PROPFIND, PUT, MKCOL like a WebDAV
 * server but writes over an existing file despite `If-None-Match: *` or a stale `If-Match`, as
 * several servers in the wild do.
 */
export async function startIgnoringDavServer(): Promise<CredentialServer> {
  const user = 'bob';
  const password = 'bob-password';
  const users = new webdav.SimpleUserManager();
  const account = users.addUser(user, password, false);
  const privileges = new webdav.SimplePathPrivilegeManager();
  privileges.setRights(account, '/', ['all']);
  const server = new webdav.WebDAVServer({
    hostname: '127.0.0.1',
    port: 0,
    httpAuthentication: new webdav.HTTPBasicAuthentication(users, 'sync test'),
    privilegeManager: privileges,
  });
  const http = await new Promise<Server>((started) => {
    void server.start((httpServer) => started(httpServer as Server));
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, user, password, stop: () => closeServer(http) };
}

/** Answers everything, PROPFIND included, with 200 and a web page, as a site's front page would. */
export async function startHtmlServer(): Promise<TestServer> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html><head><title>Welcome</title></head><body><h1>Our home page</h1></body></html>');
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/`, stop: () => closeServer(server) };
}

/** Accepts the connection and never answers, like a server stuck behind a dead proxy. */
export async function startSilentServer(): Promise<TestServer> {
  const server = createServer((request) => {
    request.resume();
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/`, stop: () => closeServer(server) };
}

/** Answers every request with one status and a short text body. */
export async function startStatusServer(status: number): Promise<TestServer> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(`Status ${status}`);
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}/`, stop: () => closeServer(server) };
}
