import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../../src/sync/bytes';
import {
  createKeyEnvelope,
  DEFAULT_PBKDF2_ITERATIONS,
  openKeyEnvelope,
  openSealedFile,
  rewrapKeyEnvelope,
  sealFile,
  TamperedFileError,
  WrongPassphraseError,
  type KeyEnvelope,
} from '../../../src/sync/crypto';

// The product default is slow by design; most tests use few rounds.
const FAST = { iterations: 2_000 };
const PATH = 'devices/laptop.bin';
const CONTENT = JSON.stringify({ notes: [{ key: 'main/p2-survival-analysis', text: 'Kaplan–Meier first, then Cox.' }] });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('key envelope', () => {
  it('uses at least 600,000 PBKDF2 rounds unless told otherwise', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { envelope } = await createKeyEnvelope('a long passphrase');
    expect(envelope.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS });
  });

  it('stores a 16-byte random salt and a wrapped 256-bit key, nothing readable', async () => {
    const first = (await createKeyEnvelope('same passphrase', FAST)).envelope;
    const second = (await createKeyEnvelope('same passphrase', FAST)).envelope;
    expect(atob(first.kdf.salt)).toHaveLength(16);
    expect(atob(first.wrappedKey)).toHaveLength(40); // AES-KW adds 8 bytes to the 32-byte key
    expect(first.kdf.salt).not.toBe(second.kdf.salt);
    expect(first.wrappedKey).not.toBe(second.wrappedKey);
  });

  it('opens with the right passphrase and reads what the creating key sealed', async () => {
    const { envelope, key } = await createKeyEnvelope('correct horse', FAST);
    const sealed = await sealFile(key, PATH, utf8(CONTENT));
    const reopened = await openKeyEnvelope(envelope, 'correct horse');
    expect(fromUtf8(await openSealedFile(reopened, PATH, sealed))).toBe(CONTENT);
  });

  it('refuses a wrong passphrase with WrongPassphraseError before any file is read', async () => {
    const { envelope } = await createKeyEnvelope('correct horse', FAST);
    for (const wrong of ['correct hors', 'Correct horse', 'correct horse ', 'x']) {
      expect(await rejection(openKeyEnvelope(envelope, wrong))).toBeInstanceOf(WrongPassphraseError);
    }
  });

  it('refuses an envelope whose key check was replaced', async () => {
    const { envelope } = await createKeyEnvelope('one', FAST);
    const other = (await createKeyEnvelope('one', FAST)).envelope;
    const mixed: KeyEnvelope = { ...envelope, keyCheck: other.keyCheck };
    expect(await rejection(openKeyEnvelope(mixed, 'one'))).toBeInstanceOf(WrongPassphraseError);
  });

  it('treats the composed and decomposed forms of an accented passphrase as the same', async () => {
    const { envelope } = await createKeyEnvelope('café crème', FAST);
    await expect(openKeyEnvelope(envelope, 'cafe\u0301 cre\u0300me')).resolves.toBeDefined();
  });

  it('gives a data key that cannot be exported', async () => {
    const { envelope, key } = await createKeyEnvelope('p', FAST);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('raw', await openKeyEnvelope(envelope, 'p'))).rejects.toThrow();
  });

  it.each([1, 999, 10_000_001, 1.5])('refuses an envelope asking for %d rounds', async (iterations) => {
    const { envelope } = await createKeyEnvelope('p', FAST);
    await expect(openKeyEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations } }, 'p')).rejects.toThrow(/rounds/);
  });

  it('refuses an empty passphrase', async () => {
    await expect(createKeyEnvelope('', FAST)).rejects.toThrow(/empty/);
  });
});

describe('changing the passphrase', () => {
  it('rewraps the same data key under a new salt, so files sealed before stay readable', async () => {
    const { envelope, key } = await createKeyEnvelope('old passphrase', FAST);
    const sealedBefore = await sealFile(key, PATH, utf8(CONTENT));
    const changed = await rewrapKeyEnvelope(envelope, 'old passphrase', 'new passphrase', FAST);
    expect(changed.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(changed.keyCheck).toBe(envelope.keyCheck);

    const newKey = await openKeyEnvelope(changed, 'new passphrase');
    expect(fromUtf8(await openSealedFile(newKey, PATH, sealedBefore))).toBe(CONTENT);
    // And the old key reads what the new one seals.
    expect(fromUtf8(await openSealedFile(key, PATH, await sealFile(newKey, PATH, utf8('after'))))).toBe('after');
    expect(await rejection(openKeyEnvelope(changed, 'old passphrase'))).toBeInstanceOf(WrongPassphraseError);
  });

  it('refuses to change it without the current passphrase', async () => {
    const { envelope } = await createKeyEnvelope('old', FAST);
    expect(await rejection(rewrapKeyEnvelope(envelope, 'guess', 'new', FAST))).toBeInstanceOf(WrongPassphraseError);
  });

  it('keeps the round count unless a new one is given', async () => {
    const { envelope } = await createKeyEnvelope('old', FAST);
    expect((await rewrapKeyEnvelope(envelope, 'old', 'new')).kdf.iterations).toBe(FAST.iterations);
    expect((await rewrapKeyEnvelope(envelope, 'old', 'new', { iterations: 3_000 })).kdf.iterations).toBe(3_000);
  });
});

describe('sealed files', () => {
  it.each([
    ['empty content', ''],
    ['a short text', 'x'],
    ['JSON with accents and emoji', CONTENT + ' é 😀'],
  ])('round-trips %s', async (_name, text) => {
    const { key } = await createKeyEnvelope('p', FAST);
    expect(fromUtf8(await openSealedFile(key, PATH, await sealFile(key, PATH, utf8(text))))).toBe(text);
  });

  it('round-trips 1 MB of random bytes', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const bytes = new Uint8Array(1 << 20);
    for (let at = 0; at < bytes.length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
    expect(await openSealedFile(key, PATH, await sealFile(key, PATH, bytes))).toEqual(bytes);
  });

  it('compresses before encrypting, so repetitive data gets much smaller', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const json = JSON.stringify(Array.from({ length: 2000 }, (_, index) => ({ key: `main/item-${index}`, status: 'done', doneAt: null })));
    const sealed = await sealFile(key, PATH, utf8(json));
    expect(sealed.length).toBeLessThan(json.length / 5);
  });

  it('uses a fresh IV each time, so the same content never gives the same bytes', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const first = await sealFile(key, PATH, utf8(CONTENT));
    const second = await sealFile(key, PATH, utf8(CONTENT));
    expect(first.slice(4, 16)).not.toEqual(second.slice(4, 16));
    expect(first).not.toEqual(second);
  });

  it('contains none of the plaintext', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const sealed = new TextDecoder('latin1').decode(await sealFile(key, PATH, utf8(CONTENT)));
    for (const fragment of ['p2-survival-analysis', 'Kaplan', 'notes', 'main/']) expect(sealed).not.toContain(fragment);
  });

  it('detects one changed byte anywhere in the file', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const sealed = await sealFile(key, PATH, utf8(CONTENT));
    for (const position of [0, 3, 4, 15, 16, Math.floor(sealed.length / 2), sealed.length - 1]) {
      const tampered = sealed.slice();
      tampered[position] = (tampered[position] ?? 0) ^ 0x01;
      expect(await rejection(openSealedFile(key, PATH, tampered))).toBeInstanceOf(TamperedFileError);
    }
  });

  it('detects a cut-short or empty file', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const sealed = await sealFile(key, PATH, utf8(CONTENT));
    for (const cut of [sealed.slice(0, sealed.length - 1), sealed.slice(0, 20), new Uint8Array(0)]) {
      expect(await rejection(openSealedFile(key, PATH, cut))).toBeInstanceOf(TamperedFileError);
    }
  });

  it('refuses a file moved to another path (two device files swapped by the host)', async () => {
    const { key } = await createKeyEnvelope('p', FAST);
    const laptop = await sealFile(key, 'devices/laptop.bin', utf8('from the laptop'));
    const error = await rejection(openSealedFile(key, 'devices/phone.bin', laptop));
    expect(error).toBeInstanceOf(TamperedFileError);
    expect((error as TamperedFileError).path).toBe('devices/phone.bin');
  });

  it('refuses a file sealed with another vault’s key', async () => {
    const mine = await createKeyEnvelope('p', FAST);
    const theirs = await createKeyEnvelope('p', FAST);
    const sealed = await sealFile(theirs.key, PATH, utf8(CONTENT));
    expect(await rejection(openSealedFile(mine.key, PATH, sealed))).toBeInstanceOf(TamperedFileError);
  });
});
