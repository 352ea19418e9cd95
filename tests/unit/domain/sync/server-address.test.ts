import { describe, expect, it } from 'vitest';
import { validateServerAddress } from '../../../../src/domain/sync/server-address';

describe('validateServerAddress', () => {
  it.each([
    ['https://cloud.example.org/remote.php/dav/files/alice', 'https://cloud.example.org/remote.php/dav/files/alice/'],
    ['https://cloud.example.org/remote.php/dav/files/alice/', 'https://cloud.example.org/remote.php/dav/files/alice/'],
    ['  https://nas.local:5006/webdav  ', 'https://nas.local:5006/webdav/'],
    ['cloud.example.org/dav', 'https://cloud.example.org/dav/'],
    ['HTTPS://Cloud.Example.org', 'https://cloud.example.org/'],
    ['http://localhost:8080/dav', 'http://localhost:8080/dav/'],
    ['http://127.0.0.1:8080/dav/', 'http://127.0.0.1:8080/dav/'],
    ['https://cloud.example.org/files/Mes%20documents', 'https://cloud.example.org/files/Mes%20documents/'],
  ])('accepts %s as %s', (text, url) => {
    expect(validateServerAddress(text)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'Enter the address'],
    ['   ', 'Enter the address'],
    ['http://cloud.example.org/dav', 'must start with https://'],
    ['http://192.168.1.10/dav', 'must start with https://'],
    ['http://localhost.example.org/dav', 'must start with https://'],
    ['ftp://cloud.example.org/', 'must start with https://'],
    ['http://[::1]:8080/dav', 'http://127.0.0.1'],
    ['https://alice:secret@cloud.example.org/dav', 'Leave the user name and password out'],
    ['https://cloud.example.org/dav?x=1', 'no ? or # part'],
    ['https://cloud.example.org/dav#top', 'no ? or # part'],
    ['https://exa mple.org/', 'not a web address'],
  ])('refuses %j', (text, message) => {
    const result = validateServerAddress(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
