import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { buildPairingLink, decodePairing, encodePairing, readPairingFragment } from '../../../../src/domain/sync/pairing';

const info = { url: 'https://cloud.example.org/remote.php/dav/files/alice/', folder: 'healthcare-ai-roadmap-tracker', user: 'alice' };

/** Draws a QR matrix as RGBA pixels (4 px per module) and reads it back with an independent decoder. */
function scan(text: string): string | null {
  const { data, size } = encode(text, { ecc: 'M', border: 3 });
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = data[Math.floor(y / scale)]?.[Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}

describe('the pairing link', () => {
  it('carries the server address, folder and user name, and nothing else', () => {
    const link = buildPairingLink('https://tracker.example.org/', info);
    expect(link).toMatch(/^https:\/\/tracker\.example\.org\/sync#pair=[A-Za-z0-9_-]+$/);
    const code = link.split('#pair=')[1] ?? '';
    expect(JSON.parse(atob(code.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ v: 1, u: info.url, f: info.folder, n: info.user });
  });

  it.each([
    ['plain', info],
    ['non-ASCII user and folder', { ...info, user: 'zoë@例え.jp', folder: 'Études/suivi' }],
    ['loopback http', { ...info, url: 'http://127.0.0.1:8080/dav/' }],
  ])('reads back what it wrote (%s)', (_name, value) => {
    expect(readPairingFragment(`#pair=${encodePairing(value)}`)).toEqual(value);
  });

  it.each([
    ['no fragment', ''],
    ['another fragment', '#top'],
    ['not base64', '#pair=***'],
    ['not JSON', `#pair=${btoa('hello')}`],
    ['another version', `#pair=${btoa(JSON.stringify({ v: 2, u: info.url, f: 'x', n: 'y' }))}`],
    ['plain http to another host', `#pair=${encodePairing({ ...info, url: 'http://cloud.example.org/dav/' })}`],
    ['a field that is not text', `#pair=${btoa(JSON.stringify({ v: 1, u: info.url, f: 3, n: 'y' }))}`],
  ])('ignores %s', (_name, hash) => {
    expect(readPairingFragment(hash)).toBeNull();
  });

  it('refuses a huge field instead of prefilling it', () => {
    expect(decodePairing(encodePairing({ ...info, user: 'x'.repeat(5_000) }))).toBeNull();
  });

  it('survives being drawn as a QR code and scanned by another library', () => {
    const link = buildPairingLink('http://127.0.0.1:4173', { ...info, user: 'zoë' });
    expect(scan(link)).toBe(link);
  });
});
