import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialsTrack } from '../../../src/content/credentials-track';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import type { Roadmap } from '../../../src/content/types';
import { checkRoadmapSize, parseRoadmapText } from '../../../src/domain/roadmap-file';
import { parseRoadmapDocument, toRoadmapDocument } from '../../../src/domain/roadmap-schema';

type Json = Record<string, unknown>;
type RoadmapJson = Json & { roadmap: Json & { phases: (Json & { goals: Json[]; resources?: Json[] })[] } };

/** A small, complete, valid roadmap file as plain JSON (a fresh copy each call). */
function smallFile(): RoadmapJson {
  return {
    format: 'roadmap-tracker/roadmap',
    formatVersion: 1,
    roadmap: {
      id: 'data-engineering-basics',
      title: 'Data engineering basics',
      contentVersion: 1,
      role: { difficulty: 'Intermediate', summary: 'Moves data from where it is made to where it is used.' },
      phases: [
        {
          id: 'de-sql',
          title: 'SQL and modelling',
          weeks: 3,
          goals: [
            { id: 'de-goal-joins', text: 'Write inner, outer and anti joins without looking them up' },
            { id: 'de-goal-windows', text: 'Use window functions for running totals' },
          ],
          resources: [
            {
              id: 'de-res-postgres-docs',
              title: 'PostgreSQL documentation',
              url: 'https://www.postgresql.org/docs/',
              kind: 'docs',
              isFree: true,
              note: 'Read the tutorial chapters first.',
              extraLinks: [{ label: 'Tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html' }],
            },
          ],
          milestone: { id: 'de-ms-sql', text: 'Model a small shop database and query it' },
        },
        {
          id: 'de-pipelines',
          title: 'Pipelines',
          weeks: 4,
          goals: [{ id: 'de-goal-batch', text: 'Build a daily batch load' }],
          milestone: { id: 'de-ms-pipeline', text: 'Ship a pipeline that runs every day for a week' },
        },
      ],
      typicalDay: [{ time: '9:00 AM', activity: 'Check last night’s loads.' }],
      careerLadder: [
        {
          id: 'de-junior',
          title: 'Junior data engineer',
          years: '0–2 years',
          salaryMinUsd: 60_000,
          salaryLabel: '$60,000 and up',
          duties: ['Fix broken loads.'],
        },
      ],
      interviewQuestions: [
        {
          id: 'de-iq-idempotent',
          question: 'What makes a load idempotent?',
          phaseId: 'de-pipelines',
          outline: ['Same input, same result.'],
        },
      ],
    },
  };
}

/** The small file, edited by `edit`, as text. */
function edited(edit: (file: RoadmapJson) => void): string {
  const file = smallFile();
  edit(file);
  return JSON.stringify(file);
}

const phase = (file: RoadmapJson, index = 0) => file.roadmap.phases[index]!;
const goal = (file: RoadmapJson, index = 0) => phase(file).goals[index]!;
const resource = (file: RoadmapJson) => phase(file).resources![0]!;
const valid = JSON.stringify(smallFile());

function manyGoals(count: number, prefix: string): Json[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-g${i}`, text: `Goal ${i}` }));
}

const invalidCases: { name: string; text: () => string; message: RegExp }[] = [
  // What the file is
  { name: 'empty file', text: () => ' \n', message: /^The file is empty\.$/ },
  { name: '10 MB text', text: () => 'x'.repeat(10 * 1024 * 1024), message: /^The file is 10\.0 MB; roadmap files are at most 5 MB\.$/ },
  { name: 'not JSON at all', text: () => '# My roadmap\n- learn SQL', message: /^This file is not JSON, so it is not a roadmap file\./ },
  {
    name: 'truncated file',
    text: () => valid.slice(0, valid.length / 2),
    message: /^This file is not complete JSON \(it may have been cut off/,
  },
  {
    name: 'broken JSON',
    text: () => '{"format" 1}',
    message: /^This file is not valid JSON \(.+\); it may have been edited by hand or damaged\.$/,
  },
  { name: 'a JSON list', text: () => '[1, 2]', message: /^This is not a roadmap file: it does not hold a roadmap object\.$/ },
  { name: 'a JSON string', text: () => '"roadmap"', message: /^This is not a roadmap file: it does not hold a roadmap object\.$/ },
  {
    name: 'wrong format tag',
    text: () => edited((f) => (f.format = 'roadmap-tracker/backup')),
    message: /^This is not a roadmap file \(format must be "roadmap-tracker\/roadmap"\)\.$/,
  },
  {
    name: 'a backup file of this app',
    text: () => JSON.stringify({ app: 'healthcare-ai-roadmap-tracker', formatVersion: 1, data: {} }),
    message: /^This is not a roadmap file \(format must be/,
  },
  {
    name: 'future formatVersion',
    text: () => edited((f) => (f.formatVersion = 2)),
    message: /^This roadmap file uses format version 2, which needs a newer version of the app\. Update the app, then import it again\.$/,
  },
  {
    name: 'formatVersion as text',
    text: () => edited((f) => (f.formatVersion = '1')),
    message: /^This roadmap file has no valid format version \(formatVersion must be 1\)\.$/,
  },
  { name: 'formatVersion missing', text: () => edited((f) => delete f.formatVersion), message: /no valid format version/ },
  { name: 'formatVersion 0.5', text: () => edited((f) => (f.formatVersion = 0.5)), message: /no valid format version/ },
  // Structure
  { name: 'roadmap missing', text: () => edited((f) => delete (f as Json).roadmap), message: /^roadmap: is missing$/ },
  { name: 'missing phases', text: () => edited((f) => delete (f.roadmap as Json).phases), message: /^roadmap\.phases: is missing$/ },
  {
    name: 'no phases',
    text: () => edited((f) => (f.roadmap.phases = [])),
    message: /^roadmap\.phases: a roadmap needs at least one phase$/,
  },
  {
    name: 'missing milestone',
    text: () => edited((f) => delete phase(f, 1).milestone),
    message: /^roadmap\.phases\[1\]\.milestone: is missing$/,
  },
  { name: 'missing title', text: () => edited((f) => delete f.roadmap.title), message: /^roadmap\.title: is missing$/ },
  // Ids
  {
    name: 'duplicate ids (a goal reuses a phase id)',
    text: () => edited((f) => (goal(f, 1).id = 'de-pipelines')),
    message:
      /^The id “de-pipelines” is used twice \(roadmap\.phases\[0\]\.goals\[1\]\.id and roadmap\.phases\[1\]\.id\); every id must be unique\.$/,
  },
  {
    name: 'duplicate ids across phases',
    text: () => edited((f) => (phase(f, 1).milestone = { id: 'de-ms-sql', text: 'Again' })),
    message: /^The id “de-ms-sql” is used twice/,
  },
  {
    name: 'duplicate interview question ids',
    text: () =>
      edited((f) => (f.roadmap.interviewQuestions as Json[]).push({ id: 'de-iq-idempotent', question: 'Again?', phaseId: 'de-sql' })),
    message: /^The id “de-iq-idempotent” is used twice \(roadmap\.interviewQuestions\[0\]\.id and roadmap\.interviewQuestions\[1\]\.id\)/,
  },
  ...['P1 SQL', 'p1_sql', 'p1--sql', '-p1', 'p1-', 'Ünïcode', '', 'p1/../x', 'p1\u0000'].map((badId) => ({
    name: `bad id characters ${JSON.stringify(badId)}`,
    text: () => edited((f) => (phase(f).id = badId)),
    message: /^roadmap\.phases\[0\]\.id: ids are lower-case letters and digits joined by single hyphens, like p1-sql-basics$/,
  })),
  {
    name: 'id too long',
    text: () => edited((f) => (goal(f).id = 'a'.repeat(121))),
    message: /^roadmap\.phases\[0\]\.goals\[0\]\.id: ids are at most 120 characters$/,
  },
  {
    name: 'id as a number',
    text: () => edited((f) => (goal(f).id = 7)),
    message: /^roadmap\.phases\[0\]\.goals\[0\]\.id: expected an id \(text\), got a number$/,
  },
  {
    name: 'the id of the built-in roadmap',
    text: () => edited((f) => (f.roadmap.id = 'healthcare-ai-specialist')),
    message:
      /^This roadmap uses the id of a built-in roadmap \(“healthcare-ai-specialist”, AI Healthcare Analytics Specialist\)\. Give it its own id/,
  },
  {
    name: 'the id of the credentials track',
    text: () => edited((f) => (f.roadmap.id = 'credentials-degree-track')),
    message: /^This roadmap uses the id of a built-in roadmap \(“credentials-degree-track”/,
  },
  {
    name: 'an interview question for a phase that does not exist',
    text: () => edited((f) => ((f.roadmap.interviewQuestions as Json[])[0]!.phaseId = 'de-nowhere')),
    message: /^roadmap\.interviewQuestions\[0\]\.phaseId: no phase has the id “de-nowhere”\.$/,
  },
  {
    name: 'an interview question with an unknown level',
    text: () => edited((f) => ((f.roadmap.interviewQuestions as Json[])[0]!.level = 'expert')),
    message: /^roadmap\.interviewQuestions\[0\]\.level: must be "entry", "mid" or "senior"$/,
  },
  // Links
  ...[
    'javascript:alert(document.cookie)',
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'ftp://example.org/f',
    'www.example.org',
    'not a url',
  ].map((url) => ({
    name: `resource url ${JSON.stringify(url)}`,
    text: () => edited((f) => (resource(f).url = url)),
    message: /^roadmap\.phases\[0\]\.resources\[0\]\.url: must be an http:\/\/ or https:\/\/ address$/,
  })),
  {
    name: 'javascript: extra link',
    text: () => edited((f) => (resource(f).extraLinks = [{ label: 'x', url: 'javascript:alert(1)' }])),
    message: /^roadmap\.phases\[0\]\.resources\[0\]\.extraLinks\[0\]\.url: must be an http/,
  },
  {
    name: 'url too long',
    text: () => edited((f) => (resource(f).url = `https://e.org/${'a'.repeat(2_000)}`)),
    message: /url: addresses are at most 2,000 characters$/,
  },
  // Hostile structure
  {
    name: 'array nesting 10,000 deep',
    text: () => '['.repeat(10_000) + ']'.repeat(10_000),
    message: /^The file is nested more than 16 levels deep; a roadmap file never is/,
  },
  {
    name: 'object nesting 10,000 deep',
    text: () => '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    message: /nested more than 16 levels deep/,
  },
  {
    name: 'deep nesting inside an otherwise valid file',
    text: () => edited((f) => (goal(f).extra = JSON.parse('['.repeat(20) + ']'.repeat(20)))),
    message: /nested more than 16 levels deep/,
  },
  {
    name: '__proto__ at the top',
    text: () => valid.replace('{', '{"__proto__": {"polluted": true},'),
    message: /^The file contains the forbidden key "__proto__" at __proto__; it may have been tampered with, so it was not read\.$/,
  },
  {
    name: '__proto__ in a goal',
    text: () => valid.replace('{"id":"de-goal-joins"', '{"__proto__":{"isAdmin":true},"id":"de-goal-joins"'),
    message: /forbidden key "__proto__" at roadmap\.phases\[0\]\.goals\[0\]\.__proto__/,
  },
  {
    name: 'constructor key',
    text: () => valid.replace('"role":{', '"role":{"constructor":{"x":1},'),
    message: /forbidden key "constructor" at roadmap\.role\.constructor/,
  },
  { name: 'prototype key', text: () => valid.replace('"roadmap":{', '"roadmap":{"prototype":1,'), message: /forbidden key "prototype"/ },
  // Wrong types and values
  {
    name: 'weeks as text',
    text: () => edited((f) => (phase(f).weeks = '4')),
    message: /^roadmap\.phases\[0\]\.weeks: expected a number, got text$/,
  },
  { name: 'weeks 0', text: () => edited((f) => (phase(f).weeks = 0)), message: /^roadmap\.phases\[0\]\.weeks: weeks must be at least 1$/ },
  { name: 'weeks 1.5', text: () => edited((f) => (phase(f).weeks = 1.5)), message: /weeks must be a whole number$/ },
  { name: 'weeks 1000', text: () => edited((f) => (phase(f).weeks = 1000)), message: /weeks must be at most 260$/ },
  {
    name: 'goals as an object',
    text: () => edited((f) => (phase(f).goals = {} as unknown as Json[])),
    message: /^roadmap\.phases\[0\]\.goals: expected a list, got an object$/,
  },
  {
    name: 'goal text a number',
    text: () => edited((f) => (goal(f).text = 5)),
    message: /^roadmap\.phases\[0\]\.goals\[0\]\.text: expected text, got a number$/,
  },
  {
    name: 'blank goal text',
    text: () => edited((f) => (goal(f).text = '   ')),
    message: /^roadmap\.phases\[0\]\.goals\[0\]\.text: must not be empty$/,
  },
  {
    name: 'goal text too long',
    text: () => edited((f) => (goal(f).text = 'x'.repeat(2_001))),
    message: /text: must be at most 2,000 characters$/,
  },
  {
    name: 'goal as null',
    text: () => edited((f) => (phase(f).goals[0] = null as unknown as Json)),
    message: /^roadmap\.phases\[0\]\.goals\[0\]: expected an object, got null$/,
  },
  {
    name: 'isFree as text',
    text: () => edited((f) => (resource(f).isFree = 'yes')),
    message: /isFree: expected true, false or null, got text$/,
  },
  {
    name: 'unknown resource kind',
    text: () => edited((f) => (resource(f).kind = 'video')),
    message: /kind: kind must be one of book, course/,
  },
  { name: 'role as a list', text: () => edited((f) => (f.roadmap.role = [])), message: /^roadmap\.role: expected an object, got a list$/ },
  {
    name: 'negative salary',
    text: () => edited((f) => ((f.roadmap.careerLadder as Json[])[0]!.salaryMinUsd = -1)),
    message: /salaryMinUsd: salaryMinUsd must be at least 0$/,
  },
  {
    name: 'futureDemandScore 11',
    text: () => edited((f) => ((f.roadmap.role as Json).futureDemandScore = 11)),
    message: /futureDemandScore must be at most 10$/,
  },
  // Too many items
  {
    name: 'too many phases',
    text: () =>
      edited(
        (f) =>
          (f.roadmap.phases = Array.from({ length: 101 }, (_, i) => ({
            id: `p${i}`,
            title: 'P',
            weeks: 1,
            goals: [],
            milestone: { id: `m${i}`, text: 'M' },
          }))),
      ),
    message: /^roadmap\.phases: at most 100 entries$/,
  },
  {
    name: 'too many goals in a phase',
    text: () => edited((f) => (phase(f).goals = manyGoals(2_001, 'x'))),
    message: /^roadmap\.phases\[0\]\.goals: at most 2,000 entries$/,
  },
  {
    name: 'too many items in all',
    text: () =>
      edited((f) => {
        f.roadmap.phases = Array.from({ length: 11 }, (_, i) => ({
          id: `p${i}`,
          title: 'P',
          weeks: 1,
          goals: manyGoals(1_900, `p${i}`),
          milestone: { id: `m${i}`, text: 'M' },
        }));
        f.roadmap.interviewQuestions = [];
      }),
    message: /^This roadmap has 20,911 goals, resources and milestones; a roadmap can have at most 20,000\.$/,
  },
];

describe('parseRoadmapText refuses bad files with a plain message', () => {
  it.each(invalidCases)('$name', ({ text, message }) => {
    const result = parseRoadmapText(text());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses an oversized file from its size alone, before reading it', () => {
    expect(checkRoadmapSize(5 * 1024 * 1024)).toBeNull();
    expect(checkRoadmapSize(10 * 1024 * 1024)).toBe('The file is 10.0 MB; roadmap files are at most 5 MB.');
  });

  it('does not pollute prototypes while reading a hostile file', () => {
    parseRoadmapText(valid.replace('{', '{"__proto__": {"polluted": true},'));
    expect(({} as Json).polluted).toBeUndefined();
  });
});

describe('parseRoadmapText accepts valid files', () => {
  it('reads a complete file into content, numbering phases by their order', () => {
    const result = parseRoadmapText(valid);
    if (!result.ok) throw new Error(result.error);
    expect(result.roadmap.id).toBe('data-engineering-basics');
    expect(result.roadmap.phases.map((p) => [p.number, p.id, p.weeks])).toEqual([
      [1, 'de-sql', 3],
      [2, 'de-pipelines', 4],
    ]);
    expect(result.roadmap.phases[1]?.resources).toEqual([]);
    expect(result.roadmap.phases[0]?.resources[0]).toEqual({
      id: 'de-res-postgres-docs',
      title: 'PostgreSQL documentation',
      url: 'https://www.postgresql.org/docs/',
      kind: 'docs',
      isFree: true,
      note: 'Read the tutorial chapters first.',
      extraLinks: [{ label: 'Tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html' }],
    });
    expect(result.roadmap.role).toMatchObject({
      difficulty: 'Intermediate',
      entryBarrier: 'Not stated',
      codingRequired: false,
      fitsIf: [],
    });
    expect(result.roadmap.interviewQuestions).toHaveLength(1);
    // Written before questions had levels: counts as mid-level.
    expect(result.roadmap.interviewQuestions[0]?.level).toBe('mid');
    expect(result.roadmap.careerLadder[0]?.salaryMaxUsd).toBeNull();
  });

  it('accepts the smallest file: one phase with a milestone, no role, no resources', () => {
    const text = JSON.stringify({
      format: 'roadmap-tracker/roadmap',
      formatVersion: 1,
      roadmap: {
        id: 'tiny',
        title: 'Tiny',
        phases: [{ id: 'only', title: 'Only', weeks: 1, goals: [], milestone: { id: 'done', text: 'Done' } }],
      },
    });
    const result = parseRoadmapText(text);
    expect(result.ok && result.roadmap.contentVersion).toBe(1);
  });

  it('ignores a byte-order mark, trims text and renumbers phases whatever "number" says', () => {
    const result = parseRoadmapText(
      '\uFEFF' +
        edited((f) => {
          phase(f).number = 7;
          goal(f).text = '  Write joins  ';
        }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.roadmap.phases[0]?.number).toBe(1);
    expect(result.roadmap.phases[0]?.goals[0]?.text).toBe('Write joins');
  });

  it('drops keys it does not know, so the stored document holds only the format’s fields', () => {
    const result = parseRoadmapText(
      edited((f) => {
        f.roadmap.onload = 'alert(1)';
        goal(f).html = '<img src=x onerror=alert(1)>';
        f.signature = 'abc';
      }),
    );
    if (!result.ok) throw new Error(result.error);
    const stored = JSON.stringify(result.document);
    expect(stored).not.toMatch(/onload|onerror|signature/);
    expect(result.document.roadmap.phases[0]?.goals[0]).toEqual({
      id: 'de-goal-joins',
      text: 'Write inner, outer and anti joins without looking them up',
    });
  });

  it('returns a document that reads back to the same roadmap', () => {
    const result = parseRoadmapText(valid);
    if (!result.ok) throw new Error(result.error);
    const again = parseRoadmapDocument(JSON.parse(JSON.stringify(result.document)));
    expect(again).toEqual({ ok: true, roadmap: result.roadmap });
  });
});

describe('docs/roadmap-format.md', () => {
  it('has a short complete example that imports as written', () => {
    const doc = readFileSync(resolve(__dirname, '../../../docs/roadmap-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const result = parseRoadmapText(example ?? '');
    if (!result.ok) throw new Error(result.error);
    expect(result.roadmap.phases).toHaveLength(2);
  });
});

describe('the built-in roadmaps in the file format', () => {
  it.each([
    ['the main roadmap', healthcareAiRoadmap],
    ['the credentials track', credentialsTrack],
  ] as [string, Roadmap][])('%s parses back to the same phases, items, role facts and questions', (_name, roadmap) => {
    const document = JSON.parse(JSON.stringify(toRoadmapDocument(roadmap), null, 2)) as unknown;
    const result = parseRoadmapDocument(document);
    if (!result.ok) throw new Error(result.error);
    expect(result.roadmap.phases).toEqual(roadmap.phases);
    expect(result.roadmap).toEqual(roadmap);
  });

  it.each([healthcareAiRoadmap, credentialsTrack])('the file of $id cannot be imported under the built-in id', (roadmap) => {
    const result = parseRoadmapText(JSON.stringify(toRoadmapDocument(roadmap)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^This roadmap uses the id of a built-in roadmap/);
  });

  it('can be imported as an example once it has its own id', () => {
    const document = toRoadmapDocument(healthcareAiRoadmap);
    const result = parseRoadmapText(JSON.stringify({ ...document, roadmap: { ...document.roadmap, id: 'my-healthcare-ai' } }, null, 2));
    if (!result.ok) throw new Error(result.error);
    expect(result.roadmap.phases).toEqual(healthcareAiRoadmap.phases);
  });

  it('leaves the user’s own goals and resources out of an exported file', () => {
    const first = healthcareAiRoadmap.phases[0]!;
    const withOwn: Roadmap = {
      ...healthcareAiRoadmap,
      phases: [
        { ...first, goals: [...first.goals, { id: 'own-7f3a', text: 'Mine', isOwn: true }] },
        ...healthcareAiRoadmap.phases.slice(1),
      ],
    };
    expect(JSON.stringify(toRoadmapDocument(withOwn))).not.toContain('own-7f3a');
  });
});

/* ---------- fuzzing ---------- */

interface Slot {
  parent: Json | unknown[];
  key: string | number;
}

/** Every place in the document a value sits, parents before children. */
function listSlots(root: Json): Slot[] {
  const slots: Slot[] = [];
  const queue: (Json | unknown[])[] = [root];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((value, i) => [i, value]) : Object.entries(node);
    for (const [key, value] of entries) {
      slots.push({ parent: node, key });
      if (value !== null && typeof value === 'object') queue.push(value as Json | unknown[]);
    }
  }
  return slots;
}

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    0,
    -1,
    1.5,
    1e308,
    true,
    false,
    '',
    '   ',
    'Bad Id',
    'javascript:alert(1)',
    'x'.repeat(2_500),
    [],
    {},
    'healthcare-ai-specialist',
  ),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.jsonValue({ maxDepth: 3 }),
);

type Mutation = (file: Json) => void;

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.tuple(fc.nat(), junkArb).map(([at, junk]): Mutation => (file) => {
      const slot = pick(listSlots(file), at);
      (slot.parent as Record<string | number, unknown>)[slot.key] = junk;
    }),
  },
  {
    weight: 3,
    arbitrary: fc.nat().map((at): Mutation => (file) => {
      const slot = pick(listSlots(file), at);
      if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
      else delete slot.parent[slot.key as string];
    }),
  },
  {
    weight: 1,
    arbitrary: fc.nat().map((at): Mutation => (file) => {
      const lists = listSlots(file).filter((slot) => Array.isArray((slot.parent as Record<string | number, unknown>)[slot.key]));
      if (lists.length === 0) return;
      const slot = pick(lists, at);
      const list = (slot.parent as Record<string | number, unknown[]>)[slot.key]!;
      if (list.length > 0) list.push(structuredClone(list[0]));
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype')).map(([at, key]): Mutation => (file) => {
      const objects = [
        file,
        ...listSlots(file)
          .map((slot) => (slot.parent as Record<string | number, unknown>)[slot.key])
          .filter((v): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v)),
      ];
      // defineProperty, because `target[key] = ...` would set the prototype instead of a key.
      Object.defineProperty(pick(objects, at), key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
    }),
  },
);

const mutatedTextArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((mutations) => {
      const file = smallFile();
      for (const mutate of mutations) mutate(file);
      return JSON.stringify(file);
    }),
  },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((at) => valid.slice(0, Math.floor(at * valid.lastIndexOf('}')))) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json()) },
);

describe('parseRoadmapText under fuzzing', () => {
  it('refuses every mutated or junk file with a message, or accepts one that round-trips', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(mutatedTextArb, (text) => {
        const result = parseRoadmapText(text);
        if (!result.ok) {
          refused += 1;
          expect(result.error.trim().length).toBeGreaterThan(0);
          return;
        }
        accepted += 1;
        const again = parseRoadmapDocument(JSON.parse(JSON.stringify(result.document)));
        expect(again).toEqual({ ok: true, roadmap: result.roadmap });
        expect(toRoadmapDocument(result.roadmap)).toEqual(result.document);
      }),
      { numRuns: 1_500 },
    );
    expect(refused).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(0);
  });

  it('never throws on arbitrary JSON values given as a document', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const result = parseRoadmapDocument(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
