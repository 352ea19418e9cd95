/**
 * The storage a device syncs through, reduced to what the sync needs: list a folder, read, write
 * and delete whole files, make a folder. WebDAV is the first backend; another (say, S3 or a
 * local folder) only has to implement this interface, and the vault and merge never change.
 *
 * Paths are relative to the store's root (the address the person typed), with `/` between
 * segments and no leading slash: `healthcare-ai-roadmap-tracker/devices/abc.bin`.
 */

export interface RemoteEntry {
  /** The last path segment, decoded: `abc.bin`. */
  name: string;
  /** Relative to the store root, like the paths passed in. Folders end without a slash. */
  path: string;
  isFolder: boolean;
  /** As the server sent it (may be weak, `W/"…"`); null when the server gave none. */
  etag: string | null;
  /** Bytes; null for folders or when the server gave none. */
  size: number | null;
  /** Epoch ms; null when the server gave none or an unreadable date. */
  lastModified: number | null;
}

export interface RemoteFile {
  bytes: Uint8Array<ArrayBuffer>;
  etag: string | null;
}

export interface PutOptions {
  /** Only create: fail with `precondition-failed` when the file exists (servers may ignore it). */
  ifNoneMatch?: '*';
  /** Only replace this version: fail with `precondition-failed` otherwise (servers may ignore it). */
  ifMatch?: string;
}

export interface RemoteStore {
  /** The entries directly inside a folder (not the folder itself). */
  list(folder: string): Promise<RemoteEntry[]>;
  get(path: string): Promise<RemoteFile>;
  /** Resolves to the new ETag when the server answers with one, else null. */
  put(path: string, bytes: Uint8Array<ArrayBuffer>, options?: PutOptions): Promise<string | null>;
  delete(path: string): Promise<void>;
  /** Creates the folder, or does nothing when it already exists. Its parent must exist. */
  ensureFolder(path: string): Promise<void>;
}

export type RemoteErrorKind =
  | 'unauthorized'
  | 'not-found'
  | 'no-cors-or-network'
  | 'insufficient-storage'
  | 'not-webdav'
  | 'precondition-failed'
  | 'server'
  | 'timeout'
  | 'unexpected';

const MESSAGES: Record<RemoteErrorKind, string> = {
  unauthorized: 'The server rejected the user name or password, or does not let this account use the folder.',
  'not-found': 'The server has no folder at this address. Check the address you entered.',
  'no-cors-or-network':
    'The server could not be reached. Check that you are online and that the address is right. If it is, the server must allow this app in its CORS settings (see the sync guide).',
  'insufficient-storage': 'The storage on the server is full.',
  'not-webdav': 'This address answers, but not as a WebDAV folder. Check that you entered the WebDAV address, not the web page.',
  'precondition-failed': 'Another device changed this file at the same moment. Try again.',
  server: 'The server had a problem of its own. Try again later.',
  timeout: 'The server took too long to answer. Try again later.',
  unexpected: 'The server gave an answer this app did not expect.',
};

/** A plain-English sentence for the person, for each kind of failure. */
export const describeRemoteErrorKind = (kind: RemoteErrorKind): string => MESSAGES[kind];

/** A failed request to the remote store, classified so the UI can explain it in plain words. */
export class RemoteError extends Error {
  override readonly name = 'RemoteError';

  constructor(
    readonly kind: RemoteErrorKind,
    /** The HTTP status, or null when the request never got an answer. */
    readonly status: number | null,
    readonly detail: string,
  ) {
    super(`${describeRemoteErrorKind(kind)} (${detail})`);
  }
}

export const isRemoteError = (error: unknown, kind?: RemoteErrorKind): error is RemoteError =>
  error instanceof RemoteError && (kind === undefined || error.kind === kind);

/** The message to show for any error a store call threw. */
export const explainRemoteError = (error: unknown): string =>
  error instanceof RemoteError ? describeRemoteErrorKind(error.kind) : describeRemoteErrorKind('unexpected');

/** The opaque part of an ETag: `W/"x"` and `"x"` both give `"x"`. */
export const strongEtag = (etag: string): string => etag.trim().replace(/^W\//, '');

/**
 * Weak comparison (RFC 9110 §8.8.3.2): the weak and strong form of one tag are equal. Apache hands
 * out `W/"…"` for about a second after a write and the strong form later, for the same content.
 */
export const isSameEtag = (a: string | null, b: string | null): boolean => a !== null && b !== null && strongEtag(a) === strongEtag(b);
