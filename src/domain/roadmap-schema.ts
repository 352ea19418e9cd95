import * as v from 'valibot';
import type { InterviewLevel, Phase, Roadmap } from '../content/types';
import { describeJsonValue, formatKeyPath } from './untrusted-json';
import { isHttpUrl } from './validation';

/**
 * The roadmap file format (docs/roadmap-format.md), validated strictly: anything imported from a
 * file is untrusted. Limits keep a hostile file from exhausting memory or the UI. Valibot builds
 * new objects holding only the known keys, so nothing else of the input reaches the app.
 */
export const ROADMAP_FORMAT = 'roadmap-tracker/roadmap';
export const ROADMAP_FORMAT_VERSION = 1;

export const ROADMAP_LIMITS = {
  maxPhases: 100,
  maxItemsPerList: 2_000,
  /** Goals, resources and milestones of all phases together. */
  maxTotalItems: 20_000,
  maxText: 2_000,
  maxId: 120,
  maxUrl: 2_000,
  maxWeeks: 260,
  /** Short lists: fit lines, extra links, typical day, career levels, duties, answer outlines. */
  maxShortList: 50,
} as const;

const L = ROADMAP_LIMITS;

/** Type message: a missing key surfaces as input `undefined`, which deserves its own wording. */
const expected =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    issue.input === undefined ? 'is missing' : `expected ${what}, got ${describeJsonValue(issue.input)}`;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

const id = v.pipe(
  v.string(expected('an id (text)')),
  v.maxLength(L.maxId, `ids are at most ${L.maxId} characters`),
  v.regex(ID_PATTERN, 'ids are lower-case letters and digits joined by single hyphens, like p1-sql-basics'),
  // Ids become object keys (a plan's phase lengths); these two are refused there, so here too.
  v.check(
    (value) => !RESERVED_IDS.has(value),
    (issue) => `the id "${String(issue.input)}" is reserved; choose another`,
  ),
);
const text = (max: number = L.maxText) =>
  v.pipe(
    v.string(expected('text')),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max.toLocaleString('en-US')} characters`),
  );
const httpUrl = v.pipe(
  v.string(expected('an address (text)')),
  v.trim(),
  v.maxLength(L.maxUrl, `addresses are at most ${L.maxUrl.toLocaleString('en-US')} characters`),
  v.check(isHttpUrl, 'must be an http:// or https:// address'),
);
const list = <T extends v.GenericSchema>(item: T, max: number = L.maxItemsPerList) =>
  v.pipe(v.array(item, expected('a list')), v.maxLength(max, `at most ${max.toLocaleString('en-US')} entries`));
const integer = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(expected('a number')),
    v.integer(`${what} must be a whole number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} must be at most ${max.toLocaleString('en-US')}`),
  );
const bounded = (min: number, max: number, what: string) =>
  v.pipe(
    v.number(expected('a number')),
    v.finite(`${what} must be a number`),
    v.minValue(min, `${what} must be at least ${min}`),
    v.maxValue(max, `${what} must be at most ${max.toLocaleString('en-US')}`),
  );
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
/** Valibot's object() lets a list through; a list is never one of our objects. */
const object = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, expected('an object')), v.object(entries, expected('an object')));

const goalSchema = object({ id, text: text() });
const resourceSchema = object({
  id,
  title: text(),
  url: httpUrl,
  kind: v.picklist(
    ['book', 'course', 'docs', 'paper', 'dataset', 'community', 'template'],
    'kind must be one of book, course, docs, paper, dataset, community, template',
  ),
  isFree: v.optional(v.nullable(v.boolean(expected('true, false or null'))), null),
  note: v.optional(text()),
  extraLinks: v.optional(list(object({ label: text(200), url: httpUrl }), 20)),
});
const phaseSchema = object({
  id,
  /** Accepted for readability; the app numbers phases by their order. */
  number: v.optional(integer(1, L.maxPhases, 'number')),
  title: text(300),
  weeks: integer(1, L.maxWeeks, 'weeks'),
  goals: list(goalSchema),
  resources: v.optional(list(resourceSchema), []),
  milestone: object({ id, text: text() }),
});

const roleSchema = object({
  difficulty: v.optional(text(100), 'Not stated'),
  entryBarrier: v.optional(text(200), 'Not stated'),
  codingRequired: v.optional(v.boolean(expected('true or false')), false),
  monthsToJobReady: v.optional(bounded(0, 240, 'monthsToJobReady'), 0),
  isRemoteFriendly: v.optional(v.boolean(expected('true or false')), false),
  summary: v.optional(v.pipe(v.string(expected('text')), v.trim(), v.maxLength(5_000, 'must be at most 5,000 characters')), ''),
  fitsIf: v.optional(list(text(), L.maxShortList), []),
  notFitIf: v.optional(list(text(), L.maxShortList), []),
  futureDemandScore: v.optional(bounded(0, 10, 'futureDemandScore')),
  aiReplacementRiskPercent: v.optional(bounded(0, 100, 'aiReplacementRiskPercent')),
});

const daySlotSchema = object({ time: text(50), activity: text() });
const careerLevelSchema = object({
  id,
  title: text(300),
  years: text(100),
  salaryMinUsd: bounded(0, 100_000_000, 'salaryMinUsd'),
  salaryMaxUsd: v.optional(v.nullable(bounded(0, 100_000_000, 'salaryMaxUsd')), null),
  salaryLabel: text(200),
  duties: v.optional(list(text(), L.maxShortList), []),
});
const INTERVIEW_LEVELS = ['entry', 'mid', 'senior'] as const satisfies readonly InterviewLevel[];
const interviewQuestionSchema = object({
  id,
  question: text(),
  phaseId: id,
  // Files written before levels existed stay valid; such a question counts as mid-level.
  level: v.optional(v.picklist(INTERVIEW_LEVELS, 'must be "entry", "mid" or "senior"'), 'mid'),
  outline: v.optional(list(text(), L.maxShortList), []),
});

export const roadmapFileSchema = object({
  format: v.literal(ROADMAP_FORMAT, `this is not a roadmap file (format must be "${ROADMAP_FORMAT}")`),
  formatVersion: v.literal(ROADMAP_FORMAT_VERSION, `formatVersion must be ${ROADMAP_FORMAT_VERSION}`),
  roadmap: object({
    id,
    title: text(300),
    contentVersion: v.optional(integer(1, 1_000_000, 'contentVersion'), 1),
    role: v.optional(roleSchema),
    phases: v.pipe(list(phaseSchema, L.maxPhases), v.minLength(1, 'a roadmap needs at least one phase')),
    typicalDay: v.optional(list(daySlotSchema, L.maxShortList), []),
    careerLadder: v.optional(list(careerLevelSchema, L.maxShortList), []),
    interviewQuestions: v.optional(list(interviewQuestionSchema), []),
  }),
});

/** A roadmap file after validation (defaults filled in). */
export type RoadmapFile = v.InferOutput<typeof roadmapFileSchema>;
type FileRoadmap = RoadmapFile['roadmap'];

export type RoadmapParseResult = { ok: true; roadmap: Roadmap } | { ok: false; error: string };

/** The envelope first, so a wrong or newer file gets a message about that, not about some field. */
function checkEnvelope(input: unknown): string | null {
  if (!isPlainObject(input)) return 'This is not a roadmap file: it does not hold a roadmap object.';
  if (input.format !== ROADMAP_FORMAT) {
    return `This is not a roadmap file (format must be "${ROADMAP_FORMAT}").`;
  }
  const version = input.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ROADMAP_FORMAT_VERSION) {
    return `This roadmap file uses format version ${version}, which needs a newer version of the app. Update the app, then import it again.`;
  }
  if (version !== ROADMAP_FORMAT_VERSION) {
    return `This roadmap file has no valid format version (formatVersion must be ${ROADMAP_FORMAT_VERSION}).`;
  }
  return null;
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = formatKeyPath((issue.path ?? []).map((step) => step.key));
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Every id with where it is, in file order: ids key progress, so they must be unique. */
function* listIds(roadmap: FileRoadmap): Generator<[string, string]> {
  for (const [p, phase] of roadmap.phases.entries()) {
    const at = `roadmap.phases[${p}]`;
    yield [phase.id, `${at}.id`];
    for (const [g, goal] of phase.goals.entries()) yield [goal.id, `${at}.goals[${g}].id`];
    for (const [r, resource] of phase.resources.entries()) yield [resource.id, `${at}.resources[${r}].id`];
    yield [phase.milestone.id, `${at}.milestone.id`];
  }
}

function findDuplicate(entries: Iterable<[string, string]>): string | null {
  const seen = new Map<string, string>();
  for (const [itemId, where] of entries) {
    const first = seen.get(itemId);
    if (first !== undefined) return `The id “${itemId}” is used twice (${first} and ${where}); every id must be unique.`;
    seen.set(itemId, where);
  }
  return null;
}

/** Rules that span fields: the item budget, unique ids, questions pointing at real phases. */
function checkCrossField(roadmap: FileRoadmap): string | null {
  const total = roadmap.phases.reduce((sum, phase) => sum + phase.goals.length + phase.resources.length + 1, 0);
  if (total > L.maxTotalItems) {
    return `This roadmap has ${total.toLocaleString('en-US')} goals, resources and milestones; a roadmap can have at most ${L.maxTotalItems.toLocaleString('en-US')}.`;
  }
  const duplicate =
    findDuplicate(listIds(roadmap)) ??
    findDuplicate(roadmap.careerLadder.map((level, i) => [level.id, `roadmap.careerLadder[${i}].id`])) ??
    findDuplicate(roadmap.interviewQuestions.map((question, i) => [question.id, `roadmap.interviewQuestions[${i}].id`]));
  if (duplicate) return duplicate;
  const phaseIds = new Set(roadmap.phases.map((phase) => phase.id));
  const orphan = roadmap.interviewQuestions.findIndex((question) => !phaseIds.has(question.phaseId));
  const question = roadmap.interviewQuestions[orphan];
  if (question) return `roadmap.interviewQuestions[${orphan}].phaseId: no phase has the id “${question.phaseId}”.`;
  return null;
}

function toPhase(phase: FileRoadmap['phases'][number], index: number): Phase {
  return {
    id: phase.id,
    number: index + 1,
    title: phase.title,
    weeks: phase.weeks,
    goals: phase.goals.map((goal) => ({ id: goal.id, text: goal.text })),
    resources: phase.resources.map((resource) => ({
      id: resource.id,
      title: resource.title,
      url: resource.url,
      kind: resource.kind,
      isFree: resource.isFree ?? null,
      ...(resource.note !== undefined ? { note: resource.note } : {}),
      ...(resource.extraLinks ? { extraLinks: resource.extraLinks.map((link) => ({ label: link.label, url: link.url })) } : {}),
    })),
    milestone: { id: phase.milestone.id, text: phase.milestone.text },
  };
}

/** Validates an already JSON-parsed roadmap document and turns it into app content. */
export function parseRoadmapDocument(input: unknown): RoadmapParseResult {
  const envelope = checkEnvelope(input);
  if (envelope) return { ok: false, error: envelope };
  const result = v.safeParse(roadmapFileSchema, input, { abortEarly: true });
  if (!result.success) {
    const first = result.issues[0];
    return { ok: false, error: first ? describeIssue(first) : 'The roadmap file is not valid.' };
  }
  const source = result.output.roadmap;
  const problem = checkCrossField(source);
  if (problem) return { ok: false, error: problem };
  const role = source.role;
  const roadmap: Roadmap = {
    id: source.id,
    title: source.title,
    contentVersion: source.contentVersion,
    role: {
      difficulty: role?.difficulty ?? 'Not stated',
      entryBarrier: role?.entryBarrier ?? 'Not stated',
      codingRequired: role?.codingRequired ?? false,
      monthsToJobReady: role?.monthsToJobReady ?? 0,
      isRemoteFriendly: role?.isRemoteFriendly ?? false,
      summary: role?.summary ?? '',
      fitsIf: role?.fitsIf ?? [],
      notFitIf: role?.notFitIf ?? [],
      ...(role?.futureDemandScore !== undefined ? { futureDemandScore: role.futureDemandScore } : {}),
      ...(role?.aiReplacementRiskPercent !== undefined ? { aiReplacementRiskPercent: role.aiReplacementRiskPercent } : {}),
    },
    phases: source.phases.map(toPhase),
    typicalDay: source.typicalDay.map((slot) => ({ time: slot.time, activity: slot.activity })),
    careerLadder: source.careerLadder.map((level) => ({
      id: level.id,
      title: level.title,
      years: level.years,
      salaryMinUsd: level.salaryMinUsd,
      salaryMaxUsd: level.salaryMaxUsd ?? null,
      salaryLabel: level.salaryLabel,
      duties: level.duties,
    })),
    interviewQuestions: source.interviewQuestions.map((question) => ({
      id: question.id,
      question: question.question,
      phaseId: question.phaseId,
      level: question.level,
      outline: question.outline,
    })),
  };
  return { ok: true, roadmap };
}

/**
 * Wraps a roadmap in the file format, e.g. to export the built-in one as an example. The user's own
 * goals and resources (`isOwn`) are overlay records, not content, so they are left out.
 */
export function toRoadmapDocument(roadmap: Roadmap): RoadmapFile {
  return {
    format: ROADMAP_FORMAT,
    formatVersion: ROADMAP_FORMAT_VERSION,
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      contentVersion: roadmap.contentVersion,
      role: { ...roadmap.role, fitsIf: [...roadmap.role.fitsIf], notFitIf: [...roadmap.role.notFitIf] },
      phases: roadmap.phases.map((phase) => ({
        id: phase.id,
        number: phase.number,
        title: phase.title,
        weeks: phase.weeks,
        goals: phase.goals.filter((goal) => !goal.isOwn).map((goal) => ({ id: goal.id, text: goal.text })),
        resources: phase.resources
          .filter((resource) => !resource.isOwn)
          .map((resource) => ({
            id: resource.id,
            title: resource.title,
            url: resource.url,
            kind: resource.kind,
            isFree: resource.isFree,
            ...(resource.note !== undefined ? { note: resource.note } : {}),
            ...(resource.extraLinks ? { extraLinks: resource.extraLinks.map((link) => ({ label: link.label, url: link.url })) } : {}),
          })),
        milestone: { id: phase.milestone.id, text: phase.milestone.text },
      })),
      typicalDay: roadmap.typicalDay.map((slot) => ({ ...slot })),
      careerLadder: roadmap.careerLadder.map((level) => ({ ...level, duties: [...level.duties] })),
      interviewQuestions: roadmap.interviewQuestions.map((question) => ({ ...question, outline: [...question.outline] })),
    },
  };
}
