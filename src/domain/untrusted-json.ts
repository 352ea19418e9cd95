/**
 * Guards shared by every import of untrusted JSON text (backups, roadmap files). They report what
 * is wrong as data; each caller words the message for its own kind of file. Nothing here touches
 * storage.
 */

/** Keys that can rewire prototypes if any later code copies objects with plain assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Why a text could not be turned into a JSON value. */
export type JsonTextProblem =
  | { kind: 'empty' }
  /** Does not even start like JSON (`{` or `[`). */
  | { kind: 'not-json' }
  /** An unclosed string, object or list: probably cut off while downloading or copying. */
  | { kind: 'truncated' }
  /** So deeply nested that the engine's parser ran out of stack. */
  | { kind: 'too-deep' }
  /** Damaged JSON; `detail` is the engine's message, shortened, or null when there is none. */
  | { kind: 'invalid'; detail: string | null };

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonTextProblem };

/** `a.b[3]["odd key"]` style path for messages; odd keys are quoted and shortened. */
export function formatKeyPath(keys: readonly unknown[]): string {
  let path = '';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(String(key).slice(0, 40))}]`;
  }
  return path;
}

/** How a wrong value is described to the user, without echoing possibly huge or hostile text. */
export function describeJsonValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  switch (typeof input) {
    case 'string':
      return input.length === 0 ? 'empty text' : 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return 'an object';
    default:
      return typeof input;
  }
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

/**
 * JSON.parse inside a try, with the failure classified. A leading byte-order mark (some editors
 * add one) is dropped. The caller checks the size first, before the text is even read.
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    // Some engines parse recursively and run out of stack on absurd nesting.
    if (error instanceof RangeError) return { ok: false, problem: { kind: 'too-deep' } };
    const trimmed = body.trimStart();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return { ok: false, problem: { kind: 'not-json' } };
    if (looksTruncated(trimmed)) return { ok: false, problem: { kind: 'truncated' } };
    return { ok: false, problem: { kind: 'invalid', detail: error instanceof Error ? error.message.slice(0, 120) : null } };
  }
}

/** A structure no legitimate file of ours has. `keys` is the path to the forbidden key, itself included. */
export type HostileStructure = { kind: 'too-deep' } | { kind: 'forbidden-key'; key: string; keys: (string | number)[] };

interface Frame {
  value: object;
  depth: number;
  parent: Frame | null;
  key: string | number | null;
}

const keysOf = (frame: Frame, last: string): (string | number)[] => {
  const keys: (string | number)[] = [last];
  for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) keys.unshift(f.key);
  return keys;
};

/**
 * Walks a parsed value with an explicit stack (a recursive walk could itself overflow on a hostile
 * file) and reports nesting deeper than `maxDepth` or a prototype-related key. JSON.parse creates
 * `__proto__` as an own property, so Object.keys sees it.
 */
export function findHostileStructure(root: unknown, maxDepth: number): HostileStructure | null {
  if (root === null || typeof root !== 'object') return null;
  const stack: Frame[] = [{ value: root, depth: 1, parent: null, key: null }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > maxDepth) return { kind: 'too-deep' };
    const isList = Array.isArray(frame.value);
    const entries: [string | number, unknown][] = isList
      ? (frame.value as unknown[]).map((item, index) => [index, item])
      : Object.keys(frame.value).map((key) => [key, (frame.value as Record<string, unknown>)[key]]);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key, keys: keysOf(frame, key) };
      if (child !== null && typeof child === 'object') {
        stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return null;
}

/**
 * A sentence for a JSON text problem. `kind` names what the file should have been ("a backup of
 * this app", "a roadmap file"); `whatToChoose` and `retry` finish the advice for that kind of file.
 */
export function describeJsonTextProblem(
  problem: JsonTextProblem,
  { kind, whatToChoose, retry, tooDeep }: { kind: string; whatToChoose: string; retry: string; tooDeep: string },
): string {
  switch (problem.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'too-deep':
      return tooDeep;
    case 'not-json':
      return `This file is not JSON, so it is not ${kind}. ${whatToChoose}`;
    case 'truncated':
      return `This file is not complete JSON (it may have been cut off while downloading or copying).${retry ? ` ${retry}` : ''}`;
    case 'invalid':
      return `This file is not valid JSON${problem.detail !== null ? ` (${problem.detail})` : ''}; it may have been edited by hand or damaged.`;
  }
}
