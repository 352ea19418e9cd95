/**
 * Turns the text of a chosen file into a validated BackupFile, or one plain message saying why not.
 * Nothing here touches storage: the caller writes only after `ok: true`, so a bad file changes
 * nothing. The checks run cheapest and most telling first, so the message names the real problem
 * (a 50 MB video is "too large", not "not JSON").
 *
 * Order: size → JSON → hostile structure → header → the file's shell (tables are lists) → migrate
 * an older format's records to the current shape (stamps every device derives alike) → each
 * record against its entity schema → no record twice.
 *
 * Strict (files the person chose): the first bad record refuses the file, naming the record as the
 * person knows it. Lenient (restore points, this device's own data): bad records are set aside as
 * "needs attention" and the rest is used, so one old record can never make an undo impossible.
 */
import * as v from 'valibot';
import {
  BACKUP_APP_ID,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  FORMAT_1_TABLES,
  RECORD_IDENTITY,
  createEmptyBackupData,
  type BackupData,
  type BackupFile,
  type BackupRecord,
  type BackupTable,
} from './backup-format';
import { RECORD_SCHEMAS, attentionRecordSchema } from './backup-schema';
import { TABLE_LABELS, capitalize, describeRecord, labelField } from './describe-record';
import { LIMITS, count, expected, text, timestamp } from '../schemas/fields';
import { toSentence } from '../schemas/check';
import { migrateLegacyRecord } from '../schemas/records';
import { MAX_BACKUP_BYTES } from './limits';
import type { AttentionRecord } from '../records';
import {
  describeJsonTextProblem,
  findHostileStructure,
  formatKeyPath,
  megabytes,
  parseJsonText,
  type HostileStructure,
  type JsonTextProblem,
} from '../untrusted-json';

/**
 * The largest backup file. Everything the app lets you store fits: db/data-budget.ts refuses a
 * change that would make the data larger than a backup can hold.
 */
export { MAX_BACKUP_BYTES };
/** A real backup nests about 6 levels deep; 32 leaves room for future tables, not for attacks. */
export const MAX_NESTING_DEPTH = 32;

export type ParseBackupResult = { ok: true; file: BackupFile } | { ok: false; error: string };

export interface ParseOptions {
  /** Set bad records aside instead of refusing the file. */
  isLenient?: boolean;
  /** When a lenient parse sets a record aside (its detectedAt). */
  now?: number;
}

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

const describeJsonProblem = (problem: JsonTextProblem): string =>
  describeJsonTextProblem(problem, {
    kind: 'a backup of this app',
    whatToChoose: 'Choose the .json file the app exported.',
    retry: 'Try exporting the backup again.',
    tooDeep: TOO_DEEP,
  });

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

const records = v.pipe(
  v.array(v.unknown(), expected('a list')),
  v.maxLength(LIMITS.recordsPerTable, `has more than ${count(LIMITS.recordsPerTable)} records`),
);

/** The shell of a file: the header and every table a list, records not yet looked at. */
const shellSchema = (formatVersion: number) =>
  v.object(
    {
      app: v.literal(BACKUP_APP_ID),
      formatVersion: v.number(),
      appVersion: text(LIMITS.appVersionLength),
      schemaVersion: v.pipe(
        v.number(expected('a number')),
        v.integer('expected a whole number'),
        v.minValue(1, 'must be at least 1'),
        v.maxValue(1_000_000, 'is implausibly large'),
      ),
      exportedAt: timestamp,
      data: v.object(
        Object.fromEntries(
          BACKUP_TABLES.map((table) => [
            table,
            FORMAT_1_TABLES.includes(table) ? records : formatVersion === 1 ? v.optional(v.unknown()) : v.optional(records, () => []),
          ]),
        ) as Record<BackupTable, typeof records>,
        expected('an object'),
      ),
      needsAttention: formatVersion >= 3 ? v.optional(records, () => []) : v.optional(v.unknown()),
    },
    expected('an object'),
  );

const HEADER_LABELS: Record<string, string> = {
  appVersion: 'app version',
  schemaVersion: 'schema version',
  exportedAt: 'export time',
  data: 'data',
  needsAttention: 'list of records that need attention',
};

function describeShellIssue(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  if (keys[0] === 'data' && typeof keys[1] === 'string') {
    const label = TABLE_LABELS[keys[1] as BackupTable] ?? keys[1];
    return issue.message === 'is missing' ? `The file has no list of ${label}.` : toSentence(`${label} in the file`, issue.message);
  }
  const first = typeof keys[0] === 'string' ? (HEADER_LABELS[keys[0]] ?? keys[0]) : '';
  return toSentence(first ? `backup's ${first}` : '', issue.message);
}

/** "The study session of Fri, May 1, 2026 (45 min) cannot be used: The day of …". */
export function describeRecordIssue(table: BackupTable, record: unknown, issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? [];
  return `${capitalize(describeRecord(table, record))} cannot be used: ${toSentence(labelField(keys), issue.message)}`;
}

const identityOf = (table: BackupTable, record: BackupRecord<BackupTable>): string =>
  (RECORD_IDENTITY[table] as (r: BackupRecord<BackupTable>) => string)(record);

function attentionIdOf(table: BackupTable, value: unknown, index: number): string {
  const record = (value ?? {}) as Record<string, unknown>;
  const identity = record.key ?? record.id ?? record.roadmapId;
  return typeof identity === 'string' && identity.length <= LIMITS.keyLength ? `${table}:${identity}` : `${table}:#${index}`;
}

/** Validates an already-parsed value, e.g. to check a freshly built export before offering it. */
export function validateBackupValue(value: unknown, options: ParseOptions = {}): ParseBackupResult {
  const hostile = findHostileStructure(value, MAX_NESTING_DEPTH);
  if (hostile !== null) return fail(describeHostileStructure(hostile));
  const problem = checkHeader(value);
  if (problem !== null) return fail(problem);
  const formatVersion = (value as { formatVersion: number }).formatVersion;
  const shell = v.safeParse(shellSchema(formatVersion), value, { abortEarly: true });
  if (!shell.success) return fail(describeShellIssue(shell.issues[0]));

  const data = createEmptyBackupData();
  const needsAttention: AttentionRecord[] = [];
  const seenAttention = new Set<string>();
  const setAside = (entry: AttentionRecord): void => {
    if (seenAttention.has(entry.id)) return;
    seenAttention.add(entry.id);
    needsAttention.push(entry);
  };
  for (const table of BACKUP_TABLES) {
    const schema = RECORD_SCHEMAS[table] as v.GenericSchema<unknown, BackupRecord<BackupTable>>;
    const seen = new Set<string>();
    const list = data[table] as BackupRecord<BackupTable>[];
    // Format 1 never defined the newer tables: anything by those names in such a file is stripped.
    const raws = formatVersion === 1 && !FORMAT_1_TABLES.includes(table) ? [] : (shell.output.data[table] as unknown[]);
    for (const [index, raw] of raws.entries()) {
      const migrated = formatVersion >= 3 ? raw : migrateLegacyRecord(table, raw);
      const result = v.safeParse(schema, migrated, { abortEarly: true });
      if (!result.success) {
        const message = describeRecordIssue(table, raw, result.issues[0]);
        if (!options.isLenient) return fail(message);
        setAside({ id: attentionIdOf(table, raw, index), table, record: raw, problem: message, detectedAt: options.now ?? 0 });
        continue;
      }
      const id = identityOf(table, result.output);
      if (seen.has(id)) {
        // Duplicate identities would make Replace keep an arbitrary one; refuse rather than guess.
        const message = `${capitalize(describeRecord(table, raw))} appears twice in the file.`;
        if (!options.isLenient) return fail(message);
        setAside({ id: `${table}:#${index}`, table, record: raw, problem: message, detectedAt: options.now ?? 0 });
        continue;
      }
      seen.add(id);
      list.push(result.output);
    }
  }
  const attention = formatVersion >= 3 ? ((shell.output.needsAttention as unknown[] | undefined) ?? []) : [];
  for (const entry of attention) {
    const result = v.safeParse(attentionRecordSchema, entry, { abortEarly: true });
    if (!result.success) {
      const message = `A record that needs attention cannot be read: ${toSentence(labelField(result.issues[0].path?.map((item) => item.key) ?? []), result.issues[0].message)}`;
      if (!options.isLenient) return fail(message);
      continue;
    }
    setAside(result.output);
  }
  const { app, appVersion, schemaVersion, exportedAt } = shell.output;
  // Valibot built new plain objects holding only the known keys, so nothing of the input leaks.
  return { ok: true, file: { app, formatVersion, appVersion, schemaVersion, exportedAt, data: data satisfies BackupData, needsAttention } };
}

export function parseBackupText(fileText: string, options: ParseOptions = {}): ParseBackupResult {
  const sizeProblem = checkBackupSize(fileText.length);
  if (sizeProblem !== null) return fail(sizeProblem);
  const parsed = parseJsonText(fileText);
  if (!parsed.ok) return fail(describeJsonProblem(parsed.problem));
  return validateBackupValue(parsed.value, options);
}
