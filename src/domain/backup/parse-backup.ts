/**
 * Turns the text of a chosen file into a validated BackupFile, or one plain message saying why not.
 * Nothing here touches storage: the caller writes only after `ok: true`, so a bad file changes
 * nothing. The checks run cheapest and most telling first, so the message names the real problem
 * (a 50 MB video is "too large", not "not JSON").
 */
import * as v from 'valibot';
import {
  BACKUP_APP_ID,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  RECORD_IDENTITY,
  type BackupData,
  type BackupFile,
  type BackupTable,
} from './backup-format';
import { backupFileSchema, backupFileV1Schema } from './backup-schema';
import {
  findHostileStructure,
  formatKeyPath,
  megabytes,
  parseJsonText,
  type HostileStructure,
  type JsonTextProblem,
} from '../untrusted-json';

export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** A real backup nests about 6 levels deep; 32 leaves room for future tables, not for attacks. */
export const MAX_NESTING_DEPTH = 32;

export type ParseBackupResult = { ok: true; file: BackupFile } | { ok: false; error: string };

const fail = (error: string): ParseBackupResult => ({ ok: false, error });
const TOO_DEEP = `The file is nested more than ${MAX_NESTING_DEPTH} levels deep; a backup of this app never is, so it was not read.`;

/** Lets the UI refuse a huge file from `File.size` before reading it into memory. */
export function checkBackupSize(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `The file is ${megabytes(bytes)}; backups of this app are at most ${MAX_BACKUP_BYTES / (1024 * 1024)} MB.`
    : null;
}

/** `.a.b[3]` style path; the `data.` prefix is dropped because users think in tables. */
export function formatPath(keys: readonly unknown[]): string {
  return formatKeyPath(keys[0] === 'data' && keys.length > 1 ? keys.slice(1) : keys);
}

function describeJsonProblem(problem: JsonTextProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'too-deep':
      return TOO_DEEP;
    case 'not-json':
      return 'This file is not JSON, so it is not a backup of this app. Choose the .json file the app exported.';
    case 'truncated':
      return 'This file is not complete JSON (it may have been cut off while downloading or copying). Try exporting the backup again.';
    case 'invalid':
      return `This file is not valid JSON${problem.detail !== null ? ` (${problem.detail})` : ''}; it may have been edited by hand or damaged.`;
  }
}

function describeHostileStructure(found: HostileStructure): string {
  return found.kind === 'too-deep'
    ? TOO_DEEP
    : `The file contains the forbidden key "${found.key}" at ${formatPath(found.keys)}; it may have been tampered with, so it was not read.`;
}

function checkHeader(value: unknown): string | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'This is not a backup of this app: the file does not hold a backup object.';
  }
  const header = value as Record<string, unknown>;
  if (!Object.hasOwn(header, 'app') || header.app !== BACKUP_APP_ID) {
    const from = typeof header.app === 'string' ? ` (it says it comes from "${header.app.slice(0, 60)}")` : '';
    return `This is not a backup of this app${from}.`;
  }
  const version = header.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return 'This backup has no valid format version, so it cannot be read safely.';
  }
  if (version > BACKUP_FORMAT_VERSION) {
    return `This backup comes from a newer version of the app (format ${version}); update the app first, then import it again.`;
  }
  return null;
}

/** Duplicate identities would make Replace keep an arbitrary one; refuse rather than guess. */
function findDuplicate(data: BackupData): string | null {
  for (const table of BACKUP_TABLES) {
    const idOf = RECORD_IDENTITY[table] as (record: BackupData[BackupTable][number]) => string;
    const seen = new Map<string, number>();
    const records: readonly BackupData[BackupTable][number][] = data[table];
    for (const [index, record] of records.entries()) {
      const id = idOf(record);
      const first = seen.get(id);
      if (first !== undefined) {
        return `${table}[${index}]: the same record appears twice (also at ${table}[${first}]).`;
      }
      seen.set(id, index);
    }
  }
  return null;
}

/** Validates an already-parsed value, e.g. to check a freshly built export before offering it. */
export function validateBackupValue(value: unknown): ParseBackupResult {
  const hostile = findHostileStructure(value, MAX_NESTING_DEPTH);
  if (hostile !== null) return fail(describeHostileStructure(hostile));
  const problem = checkHeader(value);
  if (problem !== null) return fail(problem);
  const result = readAnyFormat(value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = formatPath(issue.path?.map((item) => item.key) ?? []);
    return fail(path ? `${path}: ${issue.message}` : issue.message);
  }
  const duplicate = findDuplicate(result.output.data);
  if (duplicate !== null) return fail(duplicate);
  // Valibot built new plain objects holding only the known keys, so nothing of the input leaks.
  return { ok: true, file: result.output };
}

type FileParse = { success: true; output: BackupFile } | { success: false; issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] };

/**
 * Reads a file of any supported format into the current shape. checkHeader has already refused
 * anything but format 1 or 2. A format-1 file never held the format-2 tables: they read as empty
 * (any keys of that name in it are stripped, like every unknown key).
 */
function readAnyFormat(value: unknown): FileParse {
  if ((value as { formatVersion?: unknown }).formatVersion === 1) {
    const v1 = v.safeParse(backupFileV1Schema, value, { abortEarly: true });
    if (!v1.success) return v1;
    const data: BackupData = { ...v1.output.data, userCards: [], reviews: [], customItems: [], itemOverlays: [], roadmaps: [] };
    return { success: true, output: { ...v1.output, data } };
  }
  return v.safeParse(backupFileSchema, value, { abortEarly: true });
}

export function parseBackupText(text: string): ParseBackupResult {
  const sizeProblem = checkBackupSize(text.length);
  if (sizeProblem !== null) return fail(sizeProblem);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail(describeJsonProblem(parsed.problem));
  return validateBackupValue(parsed.value);
}
