/**
 * The "add a device" link: `https://<app>/sync#pair=<code>`. The code carries the server address,
 * the vault folder and the user name, never the password or the passphrase. It sits in the URL's
 * fragment, which browsers never send to any server, so opening the link (from a QR code the
 * phone's camera read) only prefills the join form on the new device.
 *
 * The code is base64url of a small JSON object, so it survives copy-paste, chat apps and QR codes.
 * What a link says is untrusted like anything typed: the address is checked again on the way in.
 */
import { validateServerAddress } from './server-address';

export interface PairingInfo {
  /** The WebDAV address, as validateServerAddress returns it. */
  url: string;
  /** The vault folder inside it. */
  folder: string;
  user: string;
}

export const PAIR_PARAMETER = 'pair';
const PAIRING_VERSION = 1;
const MAX_FIELD_LENGTH = 2_000;

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(code: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) return null;
  try {
    const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The code for a pairing link (the part after `#pair=`). */
export function encodePairing(info: PairingInfo): string {
  return toBase64Url(JSON.stringify({ v: PAIRING_VERSION, u: info.url, f: info.folder, n: info.user }));
}

/** The whole link a new device opens: the app's sync page with the code in its fragment. */
export const buildPairingLink = (appOrigin: string, info: PairingInfo): string =>
  `${appOrigin.replace(/\/+$/, '')}/sync#${PAIR_PARAMETER}=${encodePairing(info)}`;

const isField = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_FIELD_LENGTH;

/** Reads a code back; null for anything that is not a valid pairing code of this app. */
export function decodePairing(code: string): PairingInfo | null {
  const text = fromBase64Url(code);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (json === null || typeof json !== 'object') return null;
  const { v, u, f, n } = json as Record<string, unknown>;
  if (v !== PAIRING_VERSION || !isField(u) || !isField(f) || !isField(n)) return null;
  const address = validateServerAddress(u);
  if (!address.ok) return null;
  return { url: address.url, folder: f, user: n };
}

/** The pairing code in a location hash (`#pair=…`), decoded; null when there is none or it is invalid. */
export function readPairingFragment(hash: string): PairingInfo | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const code = new URLSearchParams(fragment).get(PAIR_PARAMETER);
  return code === null ? null : decodePairing(code);
}
