/**
 * Turns the text of a chosen roadmap file into validated content, or one plain message saying why
 * not. Same guards as a backup import (size, guarded JSON, nesting, prototype keys), then the
 * roadmap schema. Nothing here touches storage: the caller writes only after `ok: true`.
 */
import type { Roadmap } from '../content/types';
import { builtInRoadmaps } from '../content/index';
import { parseRoadmapDocument, toRoadmapDocument, type RoadmapFile } from './roadmap-schema';
import {
  describeJsonTextProblem,
  findHostileStructure,
  formatKeyPath,
  megabytes,
  parseJsonText,
  type JsonTextProblem,
} from './untrusted-json';

export const MAX_ROADMAP_BYTES = 5 * 1024 * 1024;
/** A roadmap file nests about 8 levels deep (document → phases → resource → extra links). */
export const MAX_ROADMAP_DEPTH = 16;

export type ParseRoadmapTextResult =
  | {
      ok: true;
      roadmap: Roadmap;
      /** The document to store: rebuilt from the validated roadmap, so it holds only known keys. */
      document: RoadmapFile;
    }
  | { ok: false; error: string };

const fail = (error: string): ParseRoadmapTextResult => ({ ok: false, error });
const TOO_DEEP = `The file is nested more than ${MAX_ROADMAP_DEPTH} levels deep; a roadmap file never is, so it was not read.`;

/** Lets the UI refuse a huge file from `File.size` before reading it into memory. */
export function checkRoadmapSize(bytes: number): string | null {
  return bytes > MAX_ROADMAP_BYTES
    ? `The file is ${megabytes(bytes)}; roadmap files are at most ${MAX_ROADMAP_BYTES / (1024 * 1024)} MB.`
    : null;
}

const describeJsonProblem = (problem: JsonTextProblem): string =>
  describeJsonTextProblem(problem, {
    kind: 'a roadmap file',
    whatToChoose: 'Choose a .json file in the roadmap format.',
    retry: '',
    tooDeep: TOO_DEEP,
  });

/** Built-in roadmaps keep their ids: an imported file may not take one over. */
export function findBuiltInClash(roadmapId: string): Roadmap | undefined {
  return builtInRoadmaps.find((roadmap) => roadmap.id === roadmapId);
}

export function parseRoadmapText(text: string): ParseRoadmapTextResult {
  const sizeProblem = checkRoadmapSize(text.length);
  if (sizeProblem !== null) return fail(sizeProblem);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return fail(describeJsonProblem(parsed.problem));
  const hostile = findHostileStructure(parsed.value, MAX_ROADMAP_DEPTH);
  if (hostile?.kind === 'too-deep') return fail(TOO_DEEP);
  if (hostile?.kind === 'forbidden-key') {
    return fail(
      `The file contains the forbidden key "${hostile.key}" at ${formatKeyPath(hostile.keys)}; it may have been tampered with, so it was not read.`,
    );
  }
  const result = parseRoadmapDocument(parsed.value);
  if (!result.ok) return result;
  const clash = findBuiltInClash(result.roadmap.id);
  if (clash) {
    return fail(
      `This roadmap uses the id of a built-in roadmap (“${clash.id}”, ${clash.title}). Give it its own id in roadmap.id; built-in roadmaps cannot be replaced.`,
    );
  }
  return { ok: true, roadmap: result.roadmap, document: toRoadmapDocument(result.roadmap) };
}
