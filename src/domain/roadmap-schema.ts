import * as v from 'valibot';
import type { Roadmap } from '../content/types';
import { isHttpUrl } from './validation';

/**
 * The roadmap file format (docs/roadmap-format.md), validated strictly: anything imported from a
 * file is untrusted. Limits keep a hostile file from exhausting memory or the UI.
 */
export const ROADMAP_LIMITS = {
  maxPhases: 100,
  maxItemsPerList: 2_000,
  maxTotalItems: 20_000,
  maxText: 2_000,
  maxId: 120,
} as const;

const id = v.pipe(
  v.string(),
  v.maxLength(ROADMAP_LIMITS.maxId, 'ids are at most 120 characters'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens, like p1-sql-basics'),
);
const text = (max: number = ROADMAP_LIMITS.maxText) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const httpUrl = v.pipe(v.string(), v.maxLength(2_000), v.check(isHttpUrl, 'must be an http:// or https:// address'));
const list = <T extends v.GenericSchema>(item: T, max: number = ROADMAP_LIMITS.maxItemsPerList) => v.pipe(v.array(item), v.maxLength(max, `at most ${max} entries`));

const goalSchema = v.object({ id, text: text() });
const resourceSchema = v.object({
  id,
  title: text(),
  url: httpUrl,
  kind: v.picklist(['book', 'course', 'docs', 'paper', 'dataset', 'community', 'template']),
  isFree: v.optional(v.nullable(v.boolean()), null),
  note: v.optional(text()),
  extraLinks: v.optional(list(v.object({ label: text(200), url: httpUrl }), 20)),
});
const phaseSchema = v.object({
  id,
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  title: text(300),
  weeks: v.pipe(v.number(), v.integer(), v.minValue(1, 'weeks must be at least 1'), v.maxValue(260, 'weeks must be at most 260')),
  goals: list(goalSchema),
  resources: v.optional(list(resourceSchema), []),
  milestone: v.object({ id, text: text() }),
});

const roleSchema = v.optional(
  v.object({
    difficulty: v.optional(text(100), 'Not stated'),
    entryBarrier: v.optional(text(100), 'Not stated'),
    codingRequired: v.optional(v.boolean(), false),
    monthsToJobReady: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(240)), 0),
    isRemoteFriendly: v.optional(v.boolean(), false),
    summary: v.optional(text(5_000), ''),
    fitsIf: v.optional(list(text(), 50), []),
    notFitIf: v.optional(list(text(), 50), []),
  }),
);

export const roadmapFileSchema = v.object({
  format: v.literal('roadmap-tracker/roadmap', 'this is not a roadmap file (format must be "roadmap-tracker/roadmap")'),
  formatVersion: v.literal(1, 'this roadmap file needs a newer version of the app (formatVersion must be 1)'),
  roadmap: v.object({
    id,
    title: text(300),
    contentVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)), 1),
    role: roleSchema,
    phases: v.pipe(list(phaseSchema, ROADMAP_LIMITS.maxPhases), v.minLength(1, 'a roadmap needs at least one phase')),
  }),
});

export type RoadmapFile = v.InferOutput<typeof roadmapFileSchema>;

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
    .join('')
    .replace(/^\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Ids must be unique across the whole roadmap, because progress is keyed by them. */
function findDuplicateId(roadmap: RoadmapFile['roadmap']): string | null {
  const seen = new Set<string>();
  let total = 0;
  for (const phase of roadmap.phases) {
    const ids = [phase.id, ...phase.goals.map((g) => g.id), ...phase.resources.map((r) => r.id), phase.milestone.id];
    total += ids.length;
    for (const itemId of ids) {
      if (seen.has(itemId)) return itemId;
      seen.add(itemId);
    }
  }
  return total > ROADMAP_LIMITS.maxTotalItems ? '' : null;
}

export type RoadmapParseResult = { ok: true; roadmap: Roadmap } | { ok: false; error: string };

/** Validates an already JSON-parsed roadmap document and turns it into app content. */
export function parseRoadmapDocument(input: unknown): RoadmapParseResult {
  const result = v.safeParse(roadmapFileSchema, input);
  if (!result.success) {
    const first = result.issues[0];
    return { ok: false, error: first ? describeIssue(first) : 'The roadmap file is not valid.' };
  }
  const source = result.output.roadmap;
  const duplicate = findDuplicateId(source);
  if (duplicate === '') return { ok: false, error: `A roadmap can have at most ${ROADMAP_LIMITS.maxTotalItems.toLocaleString('en-US')} items.` };
  if (duplicate) return { ok: false, error: `The id “${duplicate}” is used twice; every id must be unique.` };
  const roadmap: Roadmap = {
    id: source.id,
    title: source.title,
    contentVersion: source.contentVersion,
    role: {
      difficulty: source.role?.difficulty ?? 'Not stated',
      entryBarrier: source.role?.entryBarrier ?? 'Not stated',
      codingRequired: source.role?.codingRequired ?? false,
      monthsToJobReady: source.role?.monthsToJobReady ?? 0,
      isRemoteFriendly: source.role?.isRemoteFriendly ?? false,
      summary: source.role?.summary ?? '',
      fitsIf: source.role?.fitsIf ?? [],
      notFitIf: source.role?.notFitIf ?? [],
    },
    phases: source.phases.map((phase, index) => ({
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
        ...(resource.note ? { note: resource.note } : {}),
        ...(resource.extraLinks ? { extraLinks: resource.extraLinks.map((link) => ({ label: link.label, url: link.url })) } : {}),
      })),
      milestone: { id: phase.milestone.id, text: phase.milestone.text },
    })),
    typicalDay: [],
    careerLadder: [],
    interviewQuestions: [],
  };
  return { ok: true, roadmap };
}

/** Wraps a roadmap in the file format, e.g. to export the built-in one as an example. */
export function toRoadmapDocument(roadmap: Roadmap): RoadmapFile {
  return {
    format: 'roadmap-tracker/roadmap',
    formatVersion: 1,
    roadmap: {
      id: roadmap.id,
      title: roadmap.title,
      contentVersion: roadmap.contentVersion,
      role: {
        difficulty: roadmap.role.difficulty,
        entryBarrier: roadmap.role.entryBarrier,
        codingRequired: roadmap.role.codingRequired,
        monthsToJobReady: roadmap.role.monthsToJobReady,
        isRemoteFriendly: roadmap.role.isRemoteFriendly,
        summary: roadmap.role.summary,
        fitsIf: roadmap.role.fitsIf,
        notFitIf: roadmap.role.notFitIf,
      },
      phases: roadmap.phases.map((phase) => ({
        id: phase.id,
        number: phase.number,
        title: phase.title,
        weeks: phase.weeks,
        goals: phase.goals,
        resources: phase.resources.map((resource) => ({ ...resource, isFree: resource.isFree })),
        milestone: phase.milestone,
      })),
    },
  };
}
