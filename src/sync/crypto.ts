/**
 * End-to-end encryption of the sync files, with WebCrypto only (browsers and Node 20).
 *
 * One random AES-256-GCM data key encrypts every file. It is stored only wrapped (AES-KW) by a key
 * derived from the passphrase (PBKDF2-SHA-256, 600,000 iterations by default, random 16-byte salt),
 * so changing the passphrase rewraps one key instead of rewriting every file. Each file gets a fresh
 * 12-byte IV, and its path is authenticated with it, so the host cannot swap two files unnoticed.
 * Content is gzipped before encryption (ciphertext does not compress).
 */
import { concatBytes, fromBase64, gunzip, gzip, toBase64, utf8 } from './bytes';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** What an opened vault may ask for: fewer is too weak to trust, more would hang the device. */
export const MIN_PBKDF2_ITERATIONS = 1_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

const KDF_NAME = 'PBKDF2-SHA-256';
const WRAP_NAME = 'AES-KW';
const SALT_BYTES = 16;
const IV_BYTES = 12;
/** Start of every sealed file; also authenticated, so a later format cannot be mistaken for this one. */
const FILE_MAGIC = utf8('HCT1');
const KEY_CHECK_TEXT = 'healthcare-ai-roadmap-tracker key check';
const KEY_CHECK_AAD = utf8('HCT1 key-check');

export interface KeyEnvelope {
  kdf: { name: typeof KDF_NAME; iterations: number; salt: string };
  wrap: typeof WRAP_NAME;
  /** The data key, AES-KW wrapped by the passphrase key; base64. */
  wrappedKey: string;
  /** IV + AES-GCM of a known text under the data key; base64. */
  keyCheck: string;
}

/** The passphrase does not open this vault (or the vault file was altered). */
export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
  constructor() {
    super('The passphrase does not match the one this sync folder was set up with.');
  }
}

/** A file did not decrypt: changed on the server, cut short, or moved from another path. */
export class TamperedFileError extends Error {
  override readonly name = 'TamperedFileError';
  constructor(readonly path: string) {
    super(`A sync file was changed or damaged on the server and was not used (${path}).`);
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const randomBytes = (count: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(count));

async function derivePassphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  if (passphrase === '') throw new Error('The passphrase must not be empty.');
  // NFC: the same passphrase typed on two keyboards must give the same bytes.
  const material = await subtle().importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-KW', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

async function encryptGcm(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plaintext);
  return concatBytes(iv, new Uint8Array(ciphertext));
}

/** Rejects (OperationError) when the tag does not verify. */
async function decryptGcm(key: CryptoKey, sealed: Uint8Array<ArrayBuffer>, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const iv = sealed.slice(0, IV_BYTES);
  const plaintext = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, sealed.slice(IV_BYTES));
  return new Uint8Array(plaintext);
}

async function wrapDataKey(
  dataKey: CryptoKey,
  passphrase: string,
  iterations: number,
): Promise<Pick<KeyEnvelope, 'kdf' | 'wrap' | 'wrappedKey'>> {
  const salt = randomBytes(SALT_BYTES);
  const wrappingKey = await derivePassphraseKey(passphrase, salt, iterations);
  const wrapped = await subtle().wrapKey('raw', dataKey, wrappingKey, 'AES-KW');
  return { kdf: { name: KDF_NAME, iterations, salt: toBase64(salt) }, wrap: WRAP_NAME, wrappedKey: toBase64(new Uint8Array(wrapped)) };
}

/** Unwraps and checks the data key; WrongPassphraseError when either step fails. */
async function unwrapDataKey(envelope: KeyEnvelope, passphrase: string, isExtractable: boolean): Promise<CryptoKey> {
  const { iterations } = envelope.kdf;
  if (!Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new Error(`The sync folder asks for ${iterations} key-derivation rounds, outside the accepted range.`);
  }
  const wrappingKey = await derivePassphraseKey(passphrase, fromBase64(envelope.kdf.salt), iterations);
  let dataKey: CryptoKey;
  try {
    // AES-KW has an integrity check of its own: a wrong passphrase fails here.
    dataKey = await subtle().unwrapKey(
      'raw',
      fromBase64(envelope.wrappedKey),
      wrappingKey,
      'AES-KW',
      { name: 'AES-GCM', length: 256 },
      isExtractable,
      ['encrypt', 'decrypt'],
    );
    const check = await decryptGcm(dataKey, fromBase64(envelope.keyCheck), KEY_CHECK_AAD);
    if (new TextDecoder().decode(check) !== KEY_CHECK_TEXT) throw new Error('key check text differs');
  } catch {
    throw new WrongPassphraseError();
  }
  return dataKey;
}

export interface KeyOptions {
  /** PBKDF2 rounds; the product uses the default, tests fewer. */
  iterations?: number;
}

/** A new random data key and its envelope for the vault file. The returned key cannot be exported. */
export async function createKeyEnvelope(passphrase: string, options: KeyOptions = {}): Promise<{ envelope: KeyEnvelope; key: CryptoKey }> {
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  const dataKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const keyCheck = toBase64(await encryptGcm(dataKey, utf8(KEY_CHECK_TEXT), KEY_CHECK_AAD));
  const envelope: KeyEnvelope = { ...(await wrapDataKey(dataKey, passphrase, iterations)), keyCheck };
  return { envelope, key: await unwrapDataKey(envelope, passphrase, false) };
}

/** The data key (not exportable); WrongPassphraseError when the passphrase does not open it. */
export const openKeyEnvelope = (envelope: KeyEnvelope, passphrase: string): Promise<CryptoKey> =>
  unwrapDataKey(envelope, passphrase, false);

/** The same data key wrapped under a new passphrase and a new salt; files stay readable as they are. */
export async function rewrapKeyEnvelope(
  envelope: KeyEnvelope,
  oldPassphrase: string,
  newPassphrase: string,
  options: KeyOptions = {},
): Promise<KeyEnvelope> {
  const dataKey = await unwrapDataKey(envelope, oldPassphrase, true);
  return { ...(await wrapDataKey(dataKey, newPassphrase, options.iterations ?? envelope.kdf.iterations)), keyCheck: envelope.keyCheck };
}

const fileAad = (path: string): Uint8Array<ArrayBuffer> => concatBytes(FILE_MAGIC, utf8(`\n${path}`));

/** Compresses and encrypts a file's content, bound to its path. */
export async function sealFile(key: CryptoKey, path: string, plaintext: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return concatBytes(FILE_MAGIC, await encryptGcm(key, await gzip(plaintext), fileAad(path)));
}

/** Decrypts and decompresses; TamperedFileError when the file was altered or belongs to another path. */
export async function openSealedFile(key: CryptoKey, path: string, sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const hasMagic = FILE_MAGIC.every((byte, index) => sealed[index] === byte);
  if (!hasMagic || sealed.length < FILE_MAGIC.length + IV_BYTES + 16) throw new TamperedFileError(path);
  let compressed: Uint8Array<ArrayBuffer>;
  try {
    compressed = await decryptGcm(key, sealed.slice(FILE_MAGIC.length), fileAad(path));
  } catch {
    throw new TamperedFileError(path);
  }
  return gunzip(compressed);
}
