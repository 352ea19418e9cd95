/**
 * Reads a WebDAV PROPFIND answer (207 Multi-Status, RFC 4918 §14.16) into plain entries.
 * Servers differ in prefixes (`D:`, `d:`, `lp1:`, none), in hrefs (server-relative or absolute,
 * encoded with different rules) and in which properties they report per `propstat`; only
 * properties under a `200` propstat count.
 */
import { childrenNamed, firstChildNamed, parseXml, type XmlElement } from './dav-xml';

const DAV = 'DAV:';

export interface MultistatusEntry {
  /** The href resolved against the request URL. */
  url: URL;
  isFolder: boolean;
  etag: string | null;
  size: number | null;
  lastModified: number | null;
}

export const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?>\n' +
  '<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>';

const isOkStatus = (propstat: XmlElement): boolean => {
  const status = firstChildNamed(propstat, DAV, 'status')?.text ?? '';
  // "HTTP/1.1 200 OK"; a propstat without status is read as fine (some servers omit it).
  return status.trim() === '' || /^HTTP\/\d(?:\.\d)?\s+2\d\d\b/.test(status.trim());
};

function readEntry(response: XmlElement, requestUrl: URL): MultistatusEntry | null {
  const href = firstChildNamed(response, DAV, 'href')?.text.trim();
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, requestUrl);
  } catch {
    return null;
  }
  const props = childrenNamed(response, DAV, 'propstat')
    .filter(isOkStatus)
    .flatMap((propstat) => childrenNamed(propstat, DAV, 'prop'))
    .flatMap((prop) => prop.children);
  const prop = (name: string): XmlElement | undefined => props.find((child) => child.ns === DAV && child.name === name);
  const resourceType = prop('resourcetype');
  const isFolder = resourceType ? firstChildNamed(resourceType, DAV, 'collection') !== undefined : href.endsWith('/');
  const etag = prop('getetag')?.text.trim() || null;
  const sizeText = prop('getcontentlength')?.text.trim() ?? '';
  const size = /^\d+$/.test(sizeText) ? Number(sizeText) : null;
  const modified = Date.parse(prop('getlastmodified')?.text.trim() ?? '');
  return { url, isFolder, etag, size: isFolder ? null : size, lastModified: Number.isFinite(modified) ? modified : null };
}

/** Throws (XmlError or Error) when the text is not a multistatus document. */
export function parseMultistatus(xml: string, requestUrl: URL): MultistatusEntry[] {
  const root = parseXml(xml);
  if (root.ns !== DAV || root.name !== 'multistatus') throw new Error('Not a DAV:multistatus document');
  return childrenNamed(root, DAV, 'response').flatMap((response) => readEntry(response, requestUrl) ?? []);
}

/** Decoded path segments of a URL path, so hrefs encoded by different rules compare equal. */
export function decodePathSegments(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}
