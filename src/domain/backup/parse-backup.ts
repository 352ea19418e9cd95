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
import { backupFileSchema } from './backup-schema';

export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** A real backup nests about 6 levels deep; 32 leaves room for future tables, not for attacks. */
export const MAX_NESTING_DEPTH = 32;
/** Keys that can rewire prototypes if any later code copies objects with plain assignment. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type ParseBackupResult = { ok: true; file: BackupFile } | { ok: false; error: string };

const fail = (error: string): ParseBackupResult => ({ ok: false, error });
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Lets the UI refuse a huge file from `File.size` before reading it into memory. */
export function checkBackupSize(bytes: number): string | null {
  return bytes > MAX_BACKUP_BYTES
    ? `The file is ${megabytes(bytes)}; backups of this app are at most ${MAX_BACKUP_BYTES / (1024 * 1024)} MB.`
    : null;
}

/** `.a.b[3]` style path; the `data.` prefix is dropped because users think in tables. */
export function formatPath(keys: readonly unknown[]): string {
  const parts = keys[0] === 'data' && keys.length > 1 ? keys.slice(1) : keys;
  let path = '';
  for (const key of parts) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key).slice(0, 40))}]`;
  }
  return path;
}

/**
 * Scans text that JSON.parse refused, to tell a cut-off file (unclosed string, object or list)
 * from one that was never JSON. Linear and non-recursive.
 */
function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function describeSyntaxError(text: string, error: unknown): string {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return 'This file is not JSON, so it is not a backup of this app. Choose the .json file the app exported.';
  }
  if (looksTruncated(trimmed)) {
    return 'This file is not complete JSON (it may have been cut off while downloading or copying). Try exporting the backup again.';
  }
  const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
  return `This file is not valid JSON${detail}; it may have been edited by hand or damaged.`;
}

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string | number | null;
}

const pathOf = (frame: Frame | null, last: string): string => {
  const keys: (string | number)[] = [last];
  for (let f = frame; f !== null && f.key !== null; f = f.parent) keys.unshift(f.key);
  return formatPath(keys);
};

/**
 * Walks the parsed value with an explicit stack (a recursive walk could itself overflow on a
 * hostile file) and rejects excessive nesting and prototype-related keys. JSON.parse creates
 * `__proto__` as an own property, so Object.keys sees it.
 */
function findHostileStructure(root: unknown): string | null {
  if (root === null || typeof root !== 'object') return null;
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: null }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > MAX_NESTING_DEPTH) {
      return `The file is nested more than ${MAX_NESTING_DEPTH} levels deep; a backup of this app never is, so it was not read.`;
    }
    const isList = Array.isArray(frame.value);
    const entries: [string | number, unknown][] = isList
      ? (frame.value as unknown[]).map((item, index) => [index, item])
      : Object.keys(frame.value).map((key) => [key, (frame.value as Record<string, unknown>)[key]]);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        return `The file contains the forbidden key "${key}" at ${pathOf(frame, key)}; it may have been tampered with, so it was not read.`;
      }
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return null;
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
  const problem = findHostileStructure(value) ?? checkHeader(value);
  if (problem !== null) return fail(problem);
  // Single-version today; a future format would be upgraded to the current shape here.
  const result = v.safeParse(backupFileSchema, value, { abortEarly: true });
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

export function parseBackupText(text: string): ParseBackupResult {
  const sizeProblem = checkBackupSize(text.length);
  if (sizeProblem !== null) return fail(sizeProblem);
  // Some editors add a byte-order mark; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty.');

  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    // Some engines parse recursively and run out of stack on absurd nesting.
    if (error instanceof RangeError) {
      return fail(`The file is nested more than ${MAX_NESTING_DEPTH} levels deep; a backup of this app never is, so it was not read.`);
    }
    return fail(describeSyntaxError(body, error));
  }
  return validateBackupValue(value);
}
