/**
 * The rules for what a person enters to set up sync (device name, vault folder) and the input
 * schemas of the sync commands (src/db/commands.ts). One rule per field, used by the form for its
 * messages and by the command as its check.
 */
import * as v from 'valibot';
import { hasControlChars } from '../schemas/fields';
import { validateServerAddress } from './server-address';

export const DEVICE_NAME_MAX_LENGTH = 60;
/** Default vault folder inside the WebDAV folder the person chose. */
export const DEFAULT_SYNC_FOLDER = 'healthcare-ai-roadmap-tracker';

/** A sentence when the device name cannot be used, else null. */
export function checkDeviceName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give this device a name, such as “Phone” or “Laptop”, so you can tell your devices apart.';
  if ([...trimmed].length > DEVICE_NAME_MAX_LENGTH) return `Keep the device name to ${DEVICE_NAME_MAX_LENGTH} characters or fewer.`;
  if (hasControlChars(trimmed)) return 'The device name cannot contain line breaks or other control characters.';
  return null;
}

/**
 * The vault folder as a relative path (`a/b`), or a sentence saying what to fix. Empty means the
 * WebDAV folder itself, which is refused: the app keeps its files in a folder of its own.
 */
export function checkSyncFolder(text: string): { ok: true; folder: string } | { ok: false; message: string } {
  const segments = text
    .trim()
    .split('/')
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
  if (segments.length === 0)
    return { ok: false, message: 'Enter a folder name for the sync files, such as healthcare-ai-roadmap-tracker.' };
  if (segments.some((segment) => segment === '.' || segment === '..')) {
    return { ok: false, message: 'The folder name cannot contain “.” or “..” as a part.' };
  }
  if (segments.some((segment) => hasControlChars(segment) || /[\\?#%*:|"<>]/.test(segment))) {
    return { ok: false, message: 'Use letters, digits, spaces, dashes and underscores in the folder name.' };
  }
  const folder = segments.join('/');
  if (folder.length > 200) return { ok: false, message: 'The folder name is too long; keep it under 200 characters.' };
  return { ok: true, folder };
}

/** A short guess at a name for this device, from what the browser says about it. */
export function suggestDeviceName(userAgent: string): string {
  if (/iPhone/i.test(userAgent)) return 'iPhone';
  if (/iPad/i.test(userAgent)) return 'iPad';
  if (/Android/i.test(userAgent)) return /Mobile/i.test(userAgent) ? 'Android phone' : 'Android tablet';
  if (/Macintosh|Mac OS X/i.test(userAgent)) return 'Mac';
  if (/Windows/i.test(userAgent)) return 'Windows computer';
  if (/CrOS/i.test(userAgent)) return 'Chromebook';
  if (/Linux/i.test(userAgent)) return 'Linux computer';
  return 'This device';
}

export const deviceNameSchema = v.pipe(
  v.string('Give this device a name.'),
  v.check(
    (name) => checkDeviceName(name) === null,
    (issue) => checkDeviceName(String(issue.input)) ?? 'Give this device a name.',
  ),
  v.transform((name) => name.trim()),
);

export const syncFolderSchema = v.pipe(
  v.string('Enter a folder name for the sync files.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = checkSyncFolder(dataset.value);
    if (checked.ok) return checked.folder;
    addIssue({ message: checked.message });
    return NEVER;
  }),
);

export const serverAddressSchema = v.pipe(
  v.string('Enter the address of your WebDAV folder.'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = validateServerAddress(dataset.value);
    if (checked.ok) return checked.url;
    addIssue({ message: checked.message });
    return NEVER;
  }),
);

const bounded = (max: number, message: string) => v.pipe(v.string(message), v.maxLength(max, message));

export const credentialsSchema = v.object({
  user: bounded(500, 'The user name is too long.'),
  password: bounded(2_000, 'The password is too long.'),
});

/** The vault's key envelope as stored (src/sync/crypto.ts KeyEnvelope). */
export const keyEnvelopeSchema = v.object({
  kdf: v.object({
    name: v.literal('PBKDF2-SHA-256'),
    iterations: v.pipe(v.number(), v.integer(), v.minValue(1)),
    salt: bounded(100, 'The vault’s salt is malformed.'),
  }),
  wrap: v.literal('AES-KW'),
  wrappedKey: bounded(200, 'The vault’s key is malformed.'),
  keyCheck: bounded(500, 'The vault’s key check is malformed.'),
});

const cryptoKeySchema = v.custom<CryptoKey>(
  (value) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey,
  'The vault key is missing; set up sync again.',
);

export const syncConfigureSchema = v.object({
  url: serverAddressSchema,
  ...credentialsSchema.entries,
  folder: syncFolderSchema,
  deviceName: deviceNameSchema,
  vault: v.object({
    vaultId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,64}$/, 'The vault id is malformed.')),
    envelope: keyEnvelopeSchema,
    etag: v.nullable(bounded(500, 'The vault’s version tag is malformed.')),
    key: cryptoKeySchema,
  }),
});

export type SyncConfigureInput = v.InferOutput<typeof syncConfigureSchema>;

export const vaultEnvelopeUpdateSchema = v.object({
  vaultId: v.string(),
  envelope: keyEnvelopeSchema,
  etag: v.nullable(bounded(500, 'The vault’s version tag is malformed.')),
});

export const deviceRenameSchema = v.object({ name: deviceNameSchema });

export const deviceIdSchema = v.object({
  deviceId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_~-][A-Za-z0-9_.~-]{0,63}$/, 'That is not a device of this sync.')),
});
