import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { healthcareAiRoadmap, listItems } from '../../../src/content';
import type { Roadmap } from '../../../src/content/types';
import { legacyHlc } from '../../../src/domain/hlc';
import type { CustomItemRecord, ItemStatus } from '../../../src/domain/records';
import {
  buildSearchIndex,
  foldText,
  mergeRanges,
  searchIndex,
  splitQuery,
  type SearchCardSource,
  type SearchEntry,
  type SearchKind,
  type SearchOptions,
  type SearchSources,
} from '../../../src/domain/search';
import { excerptAround, splitByRanges } from '../../../src/features/search/text-excerpt';

const roadmap: Roadmap = {
  ...healthcareAiRoadmap,
  id: 'test-roadmap',
  interviewQuestions: [],
  phases: [
    {
      id: 'p1-sql',
      number: 1,
      title: 'Data foundations',
      weeks: 4,
      goals: [
        { id: 'g-sql', text: 'Learn SQL joins' },
        { id: 'g-hipaa', text: 'Understand HIPAA and de-identification' },
      ],
      resources: [
        {
          id: 'r-cafe',
          title: 'Café data handbook',
          url: 'https://www.example.org/handbook',
          kind: 'book',
          isFree: true,
          note: 'Chapter on window functions',
        },
      ],
      milestone: { id: 'm1', text: 'Build a cohort query' },
    },
    {
      id: 'p2-stats',
      number: 2,
      title: 'Statistics',
      weeks: 6,
      goals: [
        { id: 'g-survival', text: 'Survival analysis with Kaplan–Meier' },
        { id: 'g-bayes', text: 'Bayesian statistics basics' },
      ],
      resources: [],
      milestone: { id: 'm2', text: 'Publish an analysis notebook' },
    },
  ],
};

function ownItem(fields: Partial<CustomItemRecord> & Pick<CustomItemRecord, 'id' | 'text'>): CustomItemRecord {
  return {
    roadmapId: roadmap.id,
    phaseId: 'p1-sql',
    kind: 'goal',
    url: null,
    order: 0,
    updatedAt: 1,
    deletedAt: null,
    hlc: legacyHlc(1),
    ...fields,
  };
}

const statuses: Record<string, ItemStatus> = { 'g-sql': 'in-progress', m2: 'in-progress', 'g-bayes': 'skipped', 'g-survival': 'done' };

const sources: SearchSources = {
  roadmap,
  progress: new Map(Object.entries(statuses).map(([id, status]) => [id, { status }])),
  notes: new Map([
    ['m1', { text: 'Remember to use CTEs for readability' }],
    ['g-bayes', { text: 'Maybe later: priors' }],
    ['g-hipaa', { text: 'Safe harbor has 18 identifiers' }],
  ]),
  customItems: [
    ownItem({ id: 'own-omop', text: 'Read the OMOP CDM spec' }),
    ownItem({ id: 'own-dbt', kind: 'resource', text: 'dbt fundamentals course', url: 'https://learn.getdbt.com/' }),
    ownItem({ id: 'own-gone', text: 'Deleted OMOP goal', deletedAt: 5 }),
    ownItem({ id: 'own-other', text: 'OMOP in another roadmap', roadmapId: 'other' }),
  ],
  hiddenItemIds: new Set(['g-hipaa']),
  cards: [
    {
      id: 'iq-joins',
      phaseId: 'p1-sql',
      question: 'When would you use a LEFT JOIN?',
      outline: ['Keep every patient', 'Missing visits become NULL'],
    },
    { id: 'uc-mine', phaseId: 'p2-stats', question: 'What is censoring?', outline: ['Follow-up ends before the event'], isOwn: true },
  ],
};

const index = buildSearchIndex(sources);
const ALL: SearchOptions = { status: 'all', hideSkipped: false };
const ids = (query: string, options: SearchOptions = ALL) => searchIndex(index, query, options).map((result) => result.entry.id);

describe('buildSearchIndex', () => {
  it('lists each phase’s goals, own goals, milestone, resources, own resources, notes, then its cards', () => {
    expect(index.map((entry) => entry.id)).toEqual([
      'goal:g-sql',
      'goal:g-hipaa',
      'goal:own-omop',
      'milestone:m1',
      'resource:r-cafe',
      'resource:own-dbt',
      'note:g-hipaa',
      'note:m1',
      'card:iq-joins',
      'goal:g-survival',
      'goal:g-bayes',
      'milestone:m2',
      'note:g-bayes',
      'card:uc-mine',
    ]);
  });

  it('links items and notes to their place in the phase, and cards to practice', () => {
    const byId = new Map(index.map((entry) => [entry.id, entry]));
    expect(byId.get('goal:g-sql')).toMatchObject({ href: '/phase/p1-sql#item-g-sql', phaseNumber: 1, status: 'in-progress', isOwn: false });
    expect(byId.get('note:m1')).toMatchObject({ href: '/phase/p1-sql#item-m1', title: 'Build a cohort query', status: 'not-started' });
    expect(byId.get('goal:own-omop')).toMatchObject({ href: '/phase/p1-sql#item-own-omop', isOwn: true });
    expect(byId.get('card:uc-mine')).toMatchObject({ href: '/practice', status: null, isOwn: true, phaseNumber: 2 });
    expect(byId.get('resource:r-cafe')?.body).toBe('Chapter on window functions — example.org');
  });

  it('does not list own items twice when handed a roadmap that already has them overlaid', () => {
    const overlaid: Roadmap = {
      ...roadmap,
      phases: roadmap.phases.map((phase) => ({
        ...phase,
        goals: [...phase.goals, { id: 'own-omop', text: 'Read the OMOP CDM spec', isOwn: true }],
      })),
    };
    const entries = buildSearchIndex({ ...sources, roadmap: overlaid });
    expect(entries.filter((entry) => entry.targetId === 'own-omop' && entry.kind === 'goal')).toHaveLength(1);
  });

  it('keeps cards of a phase the roadmap no longer has, as a retired phase', () => {
    const entries = buildSearchIndex({ ...sources, cards: [{ id: 'uc-old', phaseId: 'p9-gone', question: 'Old?', outline: [] }] });
    expect(entries.at(-1)).toMatchObject({ id: 'card:uc-old', phaseNumber: null });
  });
});

describe('searchIndex: matching', () => {
  it.each<[string, string, string[]]>([
    ['one word', 'joins', ['goal:g-sql']],
    ['every word must match (AND)', 'learn joins', ['goal:g-sql']],
    ['words from title and body together', 'handbook window', ['resource:r-cafe']],
    ['no entry has both words', 'joins bayesian', []],
    ['word order does not matter', 'joins learn', ['goal:g-sql']],
    ['case does not matter', 'LEARN sql', ['goal:g-sql']],
    ['accents in the text do not matter', 'cafe', ['resource:r-cafe']],
    ['accents in the query do not matter', 'bayésian', ['goal:g-bayes', 'note:g-bayes']],
    ['part of a word matches', 'ohor', ['milestone:m1', 'note:m1']],
    ['punctuation inside a title matches', 'kaplan–meier', ['goal:g-survival']],
    ['extra spaces are ignored', '   learn    joins  ', ['goal:g-sql']],
    ['notes are found by their text', 'ctes', ['note:m1']],
    ['cards are found by their question', 'censoring', ['card:uc-mine']],
    ['cards are found by their outline', 'null', ['card:iq-joins']],
    ['own goals are found', 'omop', ['goal:own-omop']],
    ['own resources are found by title and address', 'getdbt', ['resource:own-dbt']],
    ['hidden items and notes on them are left out', 'hipaa', []],
  ])('%s: “%s”', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('finds hidden items when asked to', () => {
    expect(ids('safe harbor', { ...ALL, includeHidden: true })).toEqual(['note:g-hipaa']);
    expect(ids('hipaa', { ...ALL, includeHidden: true })).toEqual(['goal:g-hipaa', 'note:g-hipaa']);
  });

  it('finds a note on an item by the item’s text too, after the item itself', () => {
    expect(ids('cohort')).toEqual(['milestone:m1', 'note:m1']);
  });

  it('returns nothing for an empty query without a narrowing filter', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('', { ...ALL, hideSkipped: true })).toEqual([]);
  });

  it('finds every item of the real roadmap by its own text', () => {
    const real = buildSearchIndex({ ...sources, roadmap: healthcareAiRoadmap, customItems: [], hiddenItemIds: new Set(), cards: [] });
    for (const item of listItems(healthcareAiRoadmap)) {
      expect(searchIndex(real, item.text, ALL).map((result) => result.entry.targetId)).toContain(item.id);
    }
  });
});

describe('searchIndex: ranking', () => {
  const titles = ['About survival curves', 'Reanalysis of trials', 'Analysis basics', 'Survival analysis', 'Plain title'];
  const cards: SearchCardSource[] = titles.map((question, position) => ({
    id: `c${position}`,
    phaseId: 'p1-sql',
    question,
    outline: position === 4 ? ['covers analysis'] : [],
  }));
  const ranked = buildSearchIndex({
    ...sources,
    customItems: [],
    notes: new Map(),
    cards,
    roadmap: { ...roadmap, phases: [{ ...roadmap.phases[0]!, goals: [], resources: [] }] },
  });

  it('puts a title prefix before a title word, before a match inside a title word, before the body', () => {
    expect(searchIndex(ranked, 'analysis', ALL).map((result) => result.entry.title)).toEqual([
      'Analysis basics',
      'Survival analysis',
      'Reanalysis of trials',
      'Plain title',
    ]);
  });

  it('sums the words, keeping index order for equal scores', () => {
    expect(searchIndex(ranked, 'surv', ALL).map((result) => result.entry.title)).toEqual(['Survival analysis', 'About survival curves']);
    const scores = searchIndex(ranked, 'survival analysis', ALL).map((result) => [result.entry.title, result.score]);
    expect(scores).toEqual([['Survival analysis', 7]]);
  });
});

describe('searchIndex: filters', () => {
  const kinds = (...list: SearchKind[]) => new Set(list);

  it.each<[string, string, SearchOptions, string[]]>([
    ['everything in progress, with an empty query', '', { status: 'in-progress', hideSkipped: false }, ['goal:g-sql', 'milestone:m2']],
    ['in progress and matching the query', 'learn', { status: 'in-progress', hideSkipped: false }, ['goal:g-sql']],
    ['everything done', '', { status: 'done', hideSkipped: false }, ['goal:g-survival']],
    ['everything skipped, with its note', '', { status: 'skipped', hideSkipped: false }, ['goal:g-bayes', 'note:g-bayes']],
    ['status "skipped" wins over hide skipped', '', { status: 'skipped', hideSkipped: true }, ['goal:g-bayes', 'note:g-bayes']],
    ['hide skipped leaves out skipped items and their notes', 'bayesian', { status: 'all', hideSkipped: true }, []],
    ['hide skipped keeps cards (they have no status)', 'join', { status: 'all', hideSkipped: true }, ['goal:g-sql', 'card:iq-joins']],
    ['a status filter leaves out cards', 'join', { status: 'not-started', hideSkipped: false }, []],
    ['not started includes items never touched', 'cohort', { status: 'not-started', hideSkipped: false }, ['milestone:m1', 'note:m1']],
    [
      'kind filter, notes only, empty query lists every note',
      '',
      { status: 'all', hideSkipped: false, kinds: kinds('note') },
      ['note:m1', 'note:g-bayes'],
    ],
    ['kind filter, cards only', 'join', { status: 'all', hideSkipped: false, kinds: kinds('card') }, ['card:iq-joins']],
    [
      'kind filter with every kind does not list everything',
      '',
      { status: 'all', hideSkipped: false, kinds: kinds('goal', 'resource', 'milestone', 'note', 'card') },
      [],
    ],
    [
      'own items have a status too',
      '',
      { status: 'not-started', hideSkipped: false, kinds: kinds('resource') },
      ['resource:r-cafe', 'resource:own-dbt'],
    ],
  ])('%s', (_name, query, options, expected) => {
    expect(ids(query, options)).toEqual(expected);
  });
});

describe('match ranges', () => {
  const find = (query: string, id: string) => searchIndex(index, query, ALL).find((result) => result.entry.id === id);

  it('marks every occurrence of every word in the original text', () => {
    const result = find('a', 'goal:g-sql');
    expect(result?.titleRanges).toEqual([{ start: 2, end: 3 }]);
    const both = find('lea sql', 'goal:g-sql');
    expect(both?.titleRanges).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 9 },
    ]);
  });

  it('maps accent-free matches back onto accented text', () => {
    const result = find('cafe', 'resource:r-cafe');
    expect(result?.titleRanges).toEqual([{ start: 0, end: 4 }]);
    expect(splitByRanges('Café data handbook', result?.titleRanges ?? [])).toEqual([
      { text: 'Café', isMatch: true },
      { text: ' data handbook', isMatch: false },
    ]);
  });

  it('covers a combining accent with the letter it sits on', () => {
    const decomposed = buildSearchIndex({
      ...sources,
      cards: [{ id: 'c', phaseId: 'p1-sql', question: 'Cafe\u0301 au lait', outline: [] }],
    });
    const result = searchIndex(decomposed, 'café', { ...ALL, kinds: new Set(['card']) })[0];
    expect(result?.titleRanges).toEqual([{ start: 0, end: 5 }]);
  });

  it('marks body matches too, and merges overlapping words', () => {
    const result = find('funct function', 'resource:r-cafe');
    expect(result?.bodyRanges).toEqual([{ start: 18, end: 26 }]);
    expect(result?.titleRanges).toEqual([]);
  });

  it('maps every range onto text that folds to the query word (property)', () => {
    const alphabet = fc.constantFrom(
      'a',
      'A',
      'é',
      'E\u0301',
      'ö',
      'ß',
      'ẞ',
      'İ',
      ' ',
      '\u3000',
      '-',
      '^',
      '😀',
      '⚕\ufe0f',
      '👍🏽',
      'ﬁ',
      '½',
      'Σ',
      'ç',
      'n\u0303',
      'Ｆ',
      '１',
      '\u00ad',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (chars, from, size) => {
        const text = chars.join('');
        const folded = foldText(text).folded;
        const start = folded.length === 0 ? 0 : from % folded.length;
        const word =
          folded
            .slice(start, start + size)
            .trim()
            .split(/\s+/)[0] ?? '';
        if (word === '') return;
        const entries = buildSearchIndex({ ...sources, cards: [{ id: 'c', phaseId: 'p1-sql', question: text, outline: [] }] });
        const result = searchIndex(entries, word, { ...ALL, kinds: new Set(['card']) })[0];
        expect(result).toBeDefined();
        for (const range of result?.titleRanges ?? []) {
          expect(foldText(text.slice(range.start, range.end)).folded).toContain(word);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splits text into plain and marked segments that join back to the text', () => {
    const text = 'SQL joins and more joins';
    const segments = splitByRanges(text, [
      { start: 19, end: 24 },
      { start: 4, end: 9 },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual(['joins', 'joins']);
  });

  it('cuts a long body around the first match and moves the ranges with it', () => {
    const body = `${'x'.repeat(300)} needle ${'y'.repeat(300)}`;
    const excerpt = excerptAround(body, [{ start: 301, end: 307 }], 100);
    expect(excerpt.text.startsWith('…')).toBe(true);
    expect(excerpt.text.endsWith('…')).toBe(true);
    const [range] = excerpt.ranges;
    expect(range && excerpt.text.slice(range.start, range.end)).toBe('needle');
  });

  it('starts and ends an excerpt on a word boundary when one is near', () => {
    const words = Array.from({ length: 80 }, (_, position) => `word${position}`);
    const body = [...words.slice(0, 40), 'needle', ...words.slice(40)].join(' ');
    const at = body.indexOf('needle');
    const excerpt = excerptAround(body, [{ start: at, end: at + 6 }], 120);
    expect(excerpt.text).toMatch(/^…word\d+ .* word\d+…$/);
    const [range] = excerpt.ranges;
    expect(range && excerpt.text.slice(range.start, range.end)).toBe('needle');
  });

  it('keeps every excerpt range on the text it marked (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '😀', 'é'), maxLength: 400 }),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        (text, from, size) => {
          const start = text.length === 0 ? 0 : from % text.length;
          const range = { start, end: Math.min(text.length, start + size) };
          const excerpt = excerptAround(text, [range], 100);
          expect(excerpt.text.length).toBeLessThanOrEqual(102);
          for (const moved of excerpt.ranges) expect(text.includes(excerpt.text.slice(moved.start, moved.end))).toBe(true);
          const [first] = excerpt.ranges;
          if (first && range.end - range.start <= 60)
            expect(excerpt.text.slice(first.start, first.end)).toBe(text.slice(range.start, range.end));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merges touching and overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 4 },
        { start: 6, end: 7 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 8 },
    ]);
  });

  it('folds the query like the text', () => {
    expect(splitQuery('  Çafé  CAFE naïve ')).toEqual(['cafe', 'naive']);
  });
});

describe('searchIndex: scale', () => {
  function buildLargeIndex(size: number) {
    const cards = Array.from({ length: size }, (_, position) => ({
      id: `c${position}`,
      phaseId: `p1-sql`,
      question: position % 10 === 0 ? `Question ${position} about survival analysis` : `Question ${position} about cohorts`,
      outline: [`Point ${position}`],
    }));
    return buildSearchIndex({ ...sources, customItems: [], notes: new Map(), cards, roadmap: { ...roadmap, phases: [] } });
  }

  /** Wraps the index so every read of an entry and of an entry's fields is counted. */
  function countReads(entries: readonly SearchEntry[]) {
    const counts = { entries: 0, fields: 0 };
    const watched = entries.map(
      (entry) =>
        new Proxy(entry, {
          get(target, property, receiver) {
            counts.fields += 1;
            return Reflect.get(target, property, receiver) as unknown;
          },
        }),
    );
    const proxy = new Proxy(watched, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) counts.entries += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    return { proxy, counts };
  }

  it.each([
    ['a word', 'survival analysis', { status: 'all', hideSkipped: false }],
    ['a status filter with no query', '', { status: 'not-started', hideSkipped: true }],
  ] satisfies [string, string, SearchOptions][])(
    'reads each of 20,000 entries once for %s, and a bounded number of fields per entry',
    (_name, query, options) => {
      const large = buildLargeIndex(20_000);
      expect(large).toHaveLength(20_000);
      const { proxy, counts } = countReads(large);
      const results = searchIndex(proxy, query, options);
      expect(counts.entries).toBe(20_000);
      expect(counts.fields).toBeLessThanOrEqual(20_000 * 6);
      expect(results.length).toBe(query === '' ? 0 : 2_000);
    },
  );

  it('grows linearly: twice the entries, twice the reads', () => {
    const small = countReads(buildLargeIndex(10_000));
    const large = countReads(buildLargeIndex(20_000));
    const options: SearchOptions = { status: 'all', hideSkipped: true, kinds: new Set(['card']) };
    searchIndex(small.proxy, 'about', options);
    searchIndex(large.proxy, 'about', options);
    expect(large.counts.entries).toBe(2 * small.counts.entries);
    expect(large.counts.fields).toBe(2 * small.counts.fields);
  });

  it('ranks 20,000 hits without comparing them (best score first, index order within a score)', () => {
    const large = buildLargeIndex(20_000);
    const results = searchIndex(large, 'question', ALL);
    expect(results).toHaveLength(20_000);
    expect(results[0]?.entry.id).toBe('card:c0');
    expect(results.at(-1)?.entry.id).toBe('card:c19999');
  });
});

describe('folding: accents, case, full-width forms, marks and emoji', () => {
  /** Searches one card whose question is `text`, and returns the highlighted pieces of the original text. */
  const highlight = (text: string, query: string): string[] | null => {
    const entries = buildSearchIndex({ ...sources, cards: [{ id: 'c', phaseId: 'p1-sql', question: text, outline: [] }] });
    const result = searchIndex(entries, query, { ...ALL, kinds: new Set(['card']) })[0];
    if (!result) return null;
    return result.titleRanges.map((range) => text.slice(range.start, range.end));
  };

  it.each([
    ['full-width letters in the query', 'Which FHIR resources?', 'ＦＨＩＲ', ['FHIR']],
    ['full-width letters in the text', 'Which ＦＨＩＲ resources?', 'fhir', ['ＦＨＩＲ']],
    ['full-width letters on both sides', 'ｓｑｌ joins', 'ＳＱＬ', ['ｓｑｌ']],
    ['full-width digits', 'ICD-１０ codes', 'icd-10', ['ICD-１０']],
    ['an ideographic space between full-width words', 'Ｆ　Ｈ　Ｉ　Ｒ', 'ｆ　ｒ', ['Ｆ', 'Ｒ']],
    ['spaced full-width letters against spaced ASCII', 'Ｆ Ｈ Ｉ Ｒ', 'f h i r', ['Ｆ', 'Ｈ', 'Ｉ', 'Ｒ']],
    ['a diaeresis in the text', 'A naïve Bayes baseline', 'naive', ['naïve']],
    ['a diaeresis in the query', 'A naive Bayes baseline', 'naïve', ['naive']],
    ['an umlaut', 'A meetup in Zürich', 'zurich', ['Zürich']],
    ['upper-case accented letters', 'ÉCOLE de santé', 'ecole sante', ['ÉCOLE', 'santé']],
    ['a combining accent', 'Zu\u0308rich', 'zürich', ['Zu\u0308rich']],
    ['two combining marks on one letter', 'A q\u0323\u0307 mark', 'q', ['q\u0323\u0307']],
    ['sharp s as ss', 'Straße', 'strasse', ['Straße']],
    ['ss as sharp s', 'Strasse', 'straße', ['Strasse']],
    ['a capital sharp s', 'STRAẞE', 'strasse', ['STRAẞE']],
    ['the fi ligature', 'ﬁle formats', 'file', ['ﬁle']],
    ['a final sigma', 'ΣΟΦΟΣ and σοφος', 'σοφοσ', ['ΣΟΦΟΣ', 'σοφος']],
    ['a dotted capital I', 'İstanbul', 'istanbul', ['İstanbul']],
    ['a soft hyphen inside a word', 'de\u00adidentification', 'deidentification', ['de\u00adidentification']],
    ['an emoji', 'Privacy 🔒 first', '🔒', ['🔒']],
    ['a word after an emoji', '🔒🔒 privacy', 'privacy', ['privacy']],
    ['an emoji with or without its variation selector', 'Care ⚕️ team', '⚕', ['⚕️']],
    ['an emoji query with a variation selector', 'Care ⚕ team', '⚕️', ['⚕']],
    ['a skin-tone emoji by its base', 'Well done 👍🏽', '👍', ['👍']],
    ['a ZWJ sequence as a whole', 'Ask the 👩‍⚕️ nurse', '👩‍⚕️', ['👩‍⚕️']],
  ])('matches %s and highlights the original', (_name, text, query, pieces) => {
    expect(highlight(text, query)).toEqual(pieces);
  });

  it.each([
    ['a different letter', 'Zürich', 'zarich'],
    ['a different emoji', 'Privacy 🔒 first', '🔓'],
  ])('does not match %s', (_name, text, query) => {
    expect(highlight(text, query)).toBeNull();
  });

  it('folds a query into the words a person typed, whatever the spaces', () => {
    expect(splitQuery('ＦＨＩＲ　ｒｅｓｏｕｒｃｅｓ')).toEqual(['fhir', 'resources']);
    expect(splitQuery('Straße STRASSE')).toEqual(['strasse']);
    expect(splitQuery('naïve\u00a0Bayes')).toEqual(['naive', 'bayes']);
    // Invisible marks alone are no word at all.
    expect(splitQuery('\u00ad \ufe0f \u0301')).toEqual([]);
  });

  it('keeps plain ASCII on the fast path and maps other text unit by unit', () => {
    expect(foldText('Plain SQL').starts).toBeNull();
    const folded = foldText('Straße ½');
    expect(folded.folded).toBe('strasse 1⁄2');
    // Both s units of "ß", and all three units of "½", point back at the one character they came from.
    expect([...(folded.starts ?? [])]).toEqual([0, 1, 2, 3, 4, 4, 5, 6, 7, 7, 7]);
    expect([...(folded.ends ?? [])]).toEqual([1, 2, 3, 4, 5, 5, 6, 7, 8, 8, 8]);
  });
});
