import { describe, expect, it } from 'vitest';
import { parseMultistatus } from '../../../src/sync/dav-multistatus';
import { parseXml, XmlError } from '../../../src/sync/dav-xml';

const REQUEST = new URL('http://127.0.0.1:8080/dav/app/');

// As Apache 2.4 mod_dav_fs wrote it on this machine: the DAV: properties under the `lp1:` prefix.
const APACHE = `<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/dav/app/</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype><D:collection/></lp1:resourcetype>
<lp1:getlastmodified>Tue, 01 Dec 2026 19:46:33 GMT</lp1:getlastmodified>
<lp1:getetag>"1000-66197c893c971"</lp1:getetag>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
<D:response xmlns:lp2="http://apache.org/dav/props/" xmlns:lp1="DAV:">
<D:href>/dav/app/a%20b.txt</D:href>
<D:propstat>
<D:prop>
<lp1:resourcetype/>
<lp1:getcontentlength>3</lp1:getcontentlength>
<lp1:getlastmodified>Tue, 01 Dec 2026 19:46:33 GMT</lp1:getlastmodified>
<lp1:getetag>"3-66197c893c971"</lp1:getetag>
<lp2:executable>F</lp2:executable>
</D:prop>
<D:status>HTTP/1.1 200 OK</D:status>
</D:propstat>
</D:response>
</D:multistatus>`;

// Shaped like sabre/dav (Nextcloud, ownCloud): lower-case prefix, entity-quoted ETags, and a 404
// propstat for the properties a resource lacks.
const SABRE = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns" xmlns:oc="http://owncloud.org/ns">
 <d:response>
  <d:href>/remote.php/dav/files/al%C3%AFce/app/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype><d:getetag>&quot;6915a0c1&quot;</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response>
  <d:href>/remote.php/dav/files/al%C3%AFce/app/vault.json</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getcontentlength>412</d:getcontentlength><d:getetag>&quot;0d3b&quot;</d:getetag><d:getlastmodified>Mon, 30 Nov 2026 08:00:00 GMT</d:getlastmodified></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>`;

// A default namespace, absolute hrefs and a CDATA section, as some servers write.
const DEFAULT_NS = `<multistatus xmlns="DAV:"><response><href>http://127.0.0.1:8080/dav/app/x.bin</href>
<propstat><prop><getetag><![CDATA["abc"]]></getetag><getcontentlength>10</getcontentlength><resourcetype></resourcetype></prop>
<status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;

describe('parseMultistatus', () => {
  it('reads Apache’s answer, with DAV: properties under another prefix', () => {
    const entries = parseMultistatus(APACHE, REQUEST);
    expect(entries.map((entry) => [entry.url.pathname, entry.isFolder, entry.size, entry.etag])).toEqual([
      ['/dav/app/', true, null, '"1000-66197c893c971"'],
      ['/dav/app/a%20b.txt', false, 3, '"3-66197c893c971"'],
    ]);
    expect(entries[1]?.lastModified).toBe(Date.UTC(2026, 11, 1, 19, 46, 33));
  });

  it('reads a sabre/dav answer and ignores properties under a 404 propstat', () => {
    const entries = parseMultistatus(SABRE, new URL('https://cloud.example.org/remote.php/dav/files/al%C3%AFce/app/'));
    expect(entries.map((entry) => [entry.url.href, entry.isFolder, entry.size, entry.etag])).toEqual([
      ['https://cloud.example.org/remote.php/dav/files/al%C3%AFce/app/', true, null, '"6915a0c1"'],
      ['https://cloud.example.org/remote.php/dav/files/al%C3%AFce/app/vault.json', false, 412, '"0d3b"'],
    ]);
  });

  it('reads a default namespace, absolute hrefs and CDATA', () => {
    const [entry] = parseMultistatus(DEFAULT_NS, REQUEST);
    expect(entry).toMatchObject({ isFolder: false, size: 10, etag: '"abc"', lastModified: null });
    expect(entry?.url.pathname).toBe('/dav/app/x.bin');
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Hello</body></html>'],
    ['another XML document', '<feed xmlns="http://www.w3.org/2005/Atom"></feed>'],
    ['multistatus in no namespace', '<multistatus><response/></multistatus>'],
    ['broken XML', '<d:multistatus xmlns:d="DAV:"><d:response>'],
    ['empty text', ''],
  ])('refuses %s', (_name, text) => {
    expect(() => parseMultistatus(text, REQUEST)).toThrow();
  });
});

describe('parseXml', () => {
  it.each([
    ['entities', '<a>&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;</a>', '<&>"\'é😀'],
    ['comments and instructions', '<?xml version="1.0"?><!-- hi --><a>x<!-- y -->z</a>', 'xz'],
    ['single-quoted attributes', '<a b=\'1\' c="2">t</a>', 't'],
    ['spaces inside tags', '<a  x="1"  >t</a  >', 't'],
  ])('handles %s', (_name, source, text) => {
    expect(parseXml(source).text).toBe(text);
  });

  it('resolves prefixes declared on the element itself and on its parents', () => {
    const root = parseXml('<r xmlns:p="urn:p"><p:a xmlns:q="urn:q"><q:b/></p:a><c xmlns="urn:c"/></r>');
    expect(root.children.map((child) => [child.ns, child.name])).toEqual([
      ['urn:p', 'a'],
      ['urn:c', 'c'],
    ]);
    expect(root.children[0]?.children[0]).toMatchObject({ ns: 'urn:q', name: 'b' });
  });

  it.each([
    ['a DTD (no entity expansion)', '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'],
    ['an undeclared prefix', '<p:a/>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['two roots', '<a/><b/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['text outside the root', 'x<a/>'],
  ])('refuses %s', (_name, source) => {
    expect(() => parseXml(source)).toThrow(XmlError);
  });

  // Time is measured by the benchmark, never asserted here (a loaded machine would make it flaky).
  it('reads a listing of 5,000 files, every one of them', () => {
    const response = (index: number): string =>
      `<D:response xmlns:lp1="DAV:"><D:href>/dav/app/devices/d${index}.bin</D:href><D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>${index}</lp1:getcontentlength><lp1:getetag>"${index}-x"</lp1:getetag></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>`;
    const xml = `<D:multistatus xmlns:D="DAV:">${Array.from({ length: 5000 }, (_, index) => response(index)).join('\n')}</D:multistatus>`;
    const entries = parseMultistatus(xml, REQUEST);
    expect(entries).toHaveLength(5000);
    expect(entries[4999]).toMatchObject({ etag: '"4999-x"', size: 4999 });
  });
});
