/**
 * A small namespace-aware XML reader, enough for WebDAV multistatus answers.
 *
 * Why not a library: `DOMParser` does not exist in Node (where the tests run against real servers)
 * nor in workers; the small parsers on npm (txml, @rgrove/parse-xml) leave prefixes unresolved, and
 * resolving them is the hard part here: Apache writes `<D:href>` but `<lp1:getetag>` with
 * `xmlns:lp1="DAV:"` declared on each response, Nextcloud writes `d:`, others a default namespace.
 * The full parsers (fast-xml-parser, @xmldom/xmldom, saxes) are many times the size of this file for
 * features a multistatus never uses. DTDs are refused, so there is no entity expansion to attack.
 */

export interface XmlElement {
  /** Namespace URI ('' when none). */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  children: XmlElement[];
  /** Concatenated character data directly inside this element, entities decoded. */
  text: string;
}

export class XmlError extends Error {
  override readonly name = 'XmlError';
}

// Sticky (`y`) so each match starts exactly at lastIndex without copying the rest of the document.
const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const SPACE = /\s*/y;

function matchAt(pattern: RegExp, source: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}
const XML_NAMESPACES: ReadonlyMap<string, string> = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    const named = ENTITIES[ref];
    if (named === undefined) throw new XmlError(`Unknown entity ${whole}`);
    return named;
  });
}

interface OpenElement {
  element: XmlElement;
  qualifiedName: string;
  namespaces: ReadonlyMap<string, string>;
}

function resolveName(qualifiedName: string, namespaces: ReadonlyMap<string, string>): { ns: string; name: string } {
  const colon = qualifiedName.indexOf(':');
  const prefix = colon === -1 ? '' : qualifiedName.slice(0, colon);
  const ns = namespaces.get(prefix);
  if (ns === undefined && prefix !== '') throw new XmlError(`Undeclared prefix ${prefix}`);
  return { ns: ns ?? '', name: colon === -1 ? qualifiedName : qualifiedName.slice(colon + 1) };
}

/** Parses a document and returns its root element. Throws XmlError when it is not well-formed. */
export function parseXml(source: string): XmlElement {
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let at = 0;

  const skipPast = (marker: string): void => {
    const end = source.indexOf(marker, at);
    if (end === -1) throw new XmlError(`Missing ${marker}`);
    at = end + marker.length;
  };

  while (at < source.length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > at) {
      const text = source.slice(at, textEnd);
      const top = stack.at(-1);
      if (top) top.element.text += decodeEntities(text);
      else if (text.trim() !== '') throw new XmlError('Text outside the root element');
      at = textEnd;
      continue;
    }
    if (source.startsWith('<?', at)) skipPast('?>');
    else if (source.startsWith('<!--', at)) skipPast('-->');
    else if (source.startsWith('<![CDATA[', at)) {
      const end = source.indexOf(']]>', at);
      if (end === -1) throw new XmlError('Missing ]]>');
      const top = stack.at(-1);
      if (!top) throw new XmlError('CDATA outside the root element');
      top.element.text += source.slice(at + 9, end);
      at = end + 3;
    } else if (source.startsWith('<!', at)) throw new XmlError('Document type declarations are not accepted');
    else if (source.startsWith('</', at)) {
      const match = matchAt(NAME, source, at + 2);
      const open = stack.pop();
      if (!match || !open || match[0] !== open.qualifiedName) throw new XmlError('Mismatched end tag');
      at += 2 + match[0].length;
      at += matchAt(SPACE, source, at)?.[0].length ?? 0;
      if (source[at] !== '>') throw new XmlError('Bad end tag');
      at += 1;
    } else {
      at = readStartTag(source, at + 1, stack, (element) => {
        if (root) throw new XmlError('More than one root element');
        root = element;
      });
    }
  }
  if (stack.length > 0) throw new XmlError('Unclosed element');
  if (!root) throw new XmlError('No root element');
  return root;
}

/** Reads `name attr="v" … >` or `… />` starting after `<`; returns the index after the tag. */
function readStartTag(source: string, start: number, stack: OpenElement[], setRoot: (element: XmlElement) => void): number {
  const match = matchAt(NAME, source, start);
  if (!match) throw new XmlError('Bad start tag');
  const qualifiedName = match[0];
  let at = start + qualifiedName.length;
  const parent = stack.at(-1);
  // Shared with the parent until this element declares a namespace of its own.
  let namespaces = parent?.namespaces ?? XML_NAMESPACES;
  let own: Map<string, string> | null = null;
  for (;;) {
    const attribute = matchAt(ATTRIBUTE, source, at);
    if (!attribute) break;
    const [whole, name = '', doubleQuoted, singleQuoted] = attribute;
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      own ??= new Map(namespaces);
      namespaces = own;
      own.set(name === 'xmlns' ? '' : name.slice(6), decodeEntities(doubleQuoted ?? singleQuoted ?? ''));
    }
    at += whole.length;
  }
  at += matchAt(SPACE, source, at)?.[0].length ?? 0;
  const isSelfClosing = source.startsWith('/>', at);
  if (!isSelfClosing && source[at] !== '>') throw new XmlError('Bad start tag');
  const element: XmlElement = { ...resolveName(qualifiedName, namespaces), children: [], text: '' };
  if (parent) parent.element.children.push(element);
  else setRoot(element);
  if (!isSelfClosing) stack.push({ element, qualifiedName, namespaces });
  return at + (isSelfClosing ? 2 : 1);
}

/** The direct children with this namespace and local name. */
export const childrenNamed = (element: XmlElement, ns: string, name: string): XmlElement[] =>
  element.children.filter((child) => child.ns === ns && child.name === name);

export const firstChildNamed = (element: XmlElement, ns: string, name: string): XmlElement | undefined =>
  element.children.find((child) => child.ns === ns && child.name === name);
