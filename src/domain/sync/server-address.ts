/**
 * The WebDAV address a person types. The passphrase protects the content, but the user name and
 * password travel in every request, so plain http is refused except to this device itself.
 *
 * Loopback means `localhost` and `127.0.0.1`: those are what the Content-Security-Policy lets the
 * app reach over http (`[::1]` cannot be written in a CSP source, so it is refused with a hint).
 */

export type ServerAddressCheck = { ok: true; url: string } | { ok: false; message: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1']);

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.has(hostname.toLowerCase());

/**
 * Checks a typed address and returns it normalized (scheme added when missing, trailing slash so
 * relative paths resolve inside the folder), or a sentence saying what to fix.
 */
export function validateServerAddress(text: string): ServerAddressCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the address of your WebDAV folder.' };
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'This is not a web address. It should look like https://cloud.example.org/remote.php/dav/files/you/.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The address must start with https://.' };
  }
  if (url.protocol === 'http:' && url.hostname === '[::1]') {
    return { ok: false, message: 'Write this device’s own address as http://127.0.0.1 or http://localhost instead of [::1].' };
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    return {
      ok: false,
      message:
        'The address must start with https://. Without it your password would travel unprotected; only this device itself (localhost) may use http://.',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, message: 'Leave the user name and password out of the address and enter them in their own fields.' };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, message: 'The address of a folder has no ? or # part. Remove it and try again.' };
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url: url.href };
}
