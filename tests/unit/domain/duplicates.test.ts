import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content';
import type { InterviewQuestion, Roadmap } from '../../../src/content/types';
import {
  describeDuplicate,
  findDuplicateCard,
  findDuplicateGoal,
  findDuplicateResource,
  normalizeForDuplicates,
  normalizeUrlForDuplicates,
  type DuplicateMatch,
  type DuplicateSources,
} from '../../../src/domain/duplicates';
import { legacyHlc } from '../../../src/domain/hlc';
import type { CustomItemRecord, UserCardRecord } from '../../../src/domain/records';

const ROADMAP_ID = 'test-roadmap';
const question = (id: string, text: string, phaseId = 'p1'): InterviewQuestion => ({
  id,
  question: text,
  phaseId,
  level: 'entry',
  outline: ['One.', 'Two.', 'Three.'],
});
const roadmap: Roadmap = {
  ...healthcareAiRoadmap,
  id: ROADMAP_ID,
  interviewQuestions: [question('iq-omop', 'What is the OMOP Common Data Model?')],
  phases: [
    {
      id: 'p1',
      number: 1,
      title: 'Foundations',
      weeks: 2,
      goals: [
        { id: 'p1-sql', text: 'Master SQL with healthcare-specific schemas (OMOP CDM, i2b2, PCORnet)' },
        { id: 'p1-hipaa', text: 'Learn HIPAA basics' },
      ],
      resources: [
        {
          id: 'p1-ohdsi',
          title: 'Book of OHDSI',
          url: 'https://book.ohdsi.org',
          kind: 'book',
          isFree: true,
          extraLinks: [{ label: 'OMOP CDM', url: 'https://ohdsi.github.io/CommonDataModel/' }],
        },
      ],
      milestone: { id: 'p1-m', text: 'Query an OMOP database' },
    },
    {
      id: 'p2',
      number: 2,
      title: 'Statistics',
      weeks: 2,
      goals: [{ id: 'p2-survival', text: 'Survival analysis with Kaplan–Meier' }],
      resources: [
        { id: 'p2-lifelines', title: 'lifelines documentation', url: 'https://lifelines.readthedocs.io/', kind: 'docs', isFree: true },
      ],
      milestone: { id: 'p2-m', text: 'Publish an analysis' },
    },
  ],
};

function own(fields: Partial<CustomItemRecord> & Pick<CustomItemRecord, 'id' | 'text'>): CustomItemRecord {
  return {
    roadmapId: ROADMAP_ID,
    phaseId: 'p2',
    kind: 'goal',
    url: null,
    order: 0,
    updatedAt: 1,
    deletedAt: null,
    hlc: legacyHlc(1),
    ...fields,
  };
}
const customItems: CustomItemRecord[] = [
  own({ id: 'own-dbt', text: 'Finish the dbt course' }),
  own({ id: 'own-mimic', kind: 'resource', text: 'MIMIC-IV notes', url: 'https://physionet.org/content/mimic-iv-note/2.2/' }),
  own({ id: 'own-gone', text: 'A deleted goal', deletedAt: 9 }),
  own({ id: 'own-elsewhere', text: 'A goal of another roadmap', roadmapId: 'other' }),
  own({ id: 'own-orphan', text: 'A goal in a removed phase', phaseId: 'p9' }),
];
const sources: DuplicateSources = { roadmap, customItems, hiddenItemIds: new Set(['p1-hipaa']) };

const brief = (match: DuplicateMatch | null) => (match ? [match.id, match.reason, match.isOwn, match.isHidden] : null);

describe('findDuplicateGoal', () => {
  it.each([
    ['the same text', 'Learn SQL joins', null],
    ['a built-in goal, typed in another case', 'learn hipaa BASICS', ['p1-hipaa', 'same-text', false, true]],
    [
      'a built-in goal with extra spaces and a full stop',
      '  Master  SQL with healthcare-specific schemas (OMOP CDM, i2b2, PCORnet). ',
      ['p1-sql', 'same-text', false, false],
    ],
    [
      'a built-in goal with accents and a plain hyphen instead of a dash',
      'Survival analysis with Kaplan-Méier',
      ['p2-survival', 'same-text', false, false],
    ],
    ['a built-in goal in full-width letters', 'Ｌｅａｒｎ ＨＩＰＡＡ ｂａｓｉｃｓ', ['p1-hipaa', 'same-text', false, true]],
    ['a milestone', 'Query an OMOP database!', ['p1-m', 'same-text', false, false]],
    ['an own goal', 'finish the DBT course', ['own-dbt', 'same-text', true, false]],
    ['an own goal in a phase the roadmap no longer has', 'A goal in a removed phase', ['own-orphan', 'same-text', true, false]],
    ['a deleted own goal', 'A deleted goal', null],
    ['an own goal of another roadmap', 'A goal of another roadmap', null],
    ['an own resource’s title (only goals count)', 'MIMIC-IV notes', null],
    ['a longer text that merely contains a goal', 'Learn HIPAA basics and more', null],
    ['empty text', '   ', null],
    ['only punctuation', '...', null],
  ] as [string, string, unknown][])('%s', (_name, text, expected) => {
    expect(brief(findDuplicateGoal(text, sources))).toEqual(expected);
  });

  it('does not match the goal being edited against itself', () => {
    expect(findDuplicateGoal('Finish the dbt course', sources, { excludeId: 'own-dbt' })).toBeNull();
  });

  it('names the existing item and its phase', () => {
    expect(findDuplicateGoal('finish the dbt course', sources)).toEqual({
      id: 'own-dbt',
      kind: 'goal',
      text: 'Finish the dbt course',
      phaseId: 'p2',
      phaseNumber: 2,
      isOwn: true,
      isHidden: false,
      reason: 'same-text',
    });
  });
});

describe('findDuplicateResource', () => {
  it.each([
    ['a new address and title', { title: 'dbt docs', url: 'https://docs.getdbt.com/' }, null],
    [
      'the same address with a trailing slash',
      { title: 'OHDSI', url: 'https://book.ohdsi.org/' },
      ['p1-ohdsi', 'same-address', false, false],
    ],
    [
      'the same address with www. and an upper-case host',
      { title: 'x', url: 'https://WWW.Book.OHDSI.org' },
      ['p1-ohdsi', 'same-address', false, false],
    ],
    ['the same address over http', { title: 'x', url: 'http://book.ohdsi.org' }, ['p1-ohdsi', 'same-address', false, false]],
    [
      'the same address with a fragment',
      { title: 'x', url: 'https://lifelines.readthedocs.io/#quickstart' },
      ['p2-lifelines', 'same-address', false, false],
    ],
    [
      'a built-in resource’s extra link',
      { title: 'CDM', url: 'https://ohdsi.github.io/CommonDataModel' },
      ['p1-ohdsi', 'same-address', false, false],
    ],
    [
      'an own resource’s address',
      { title: 'Notes', url: 'https://physionet.org/content/mimic-iv-note/2.2' },
      ['own-mimic', 'same-address', true, false],
    ],
    [
      'the same title under another address',
      { title: 'book of ohdsi', url: 'https://example.org/ohdsi.pdf' },
      ['p1-ohdsi', 'same-text', false, false],
    ],
    ['the same title and no usable address', { title: 'MIMIC-IV Notes', url: 'not a link' }, ['own-mimic', 'same-text', true, false]],
    ['a different path on the same host', { title: 'x', url: 'https://book.ohdsi.org/CommonDataModel.html' }, null],
    ['a path that differs only in case', { title: 'x', url: 'https://physionet.org/content/MIMIC-IV-note/2.2/' }, null],
    ['a different query', { title: 'x', url: 'https://lifelines.readthedocs.io/?page=2' }, null],
    ['a javascript: address', { title: 'x', url: 'javascript:alert(1)' }, null],
  ] as [string, { title: string; url: string }, unknown][])('%s', (_name, resource, expected) => {
    expect(brief(findDuplicateResource(resource, sources))).toEqual(expected);
  });

  it('prefers a match by address over one by title', () => {
    const match = findDuplicateResource({ title: 'lifelines documentation', url: 'https://book.ohdsi.org' }, sources);
    expect(match).toMatchObject({ id: 'p1-ohdsi', reason: 'same-address', text: 'Book of OHDSI', phaseNumber: 1 });
  });

  it('does not match the resource being edited against itself', () => {
    const resource = { title: 'MIMIC-IV notes', url: 'https://physionet.org/content/mimic-iv-note/2.2/' };
    expect(findDuplicateResource(resource, sources, { excludeId: 'own-mimic' })).toBeNull();
  });
});

describe('findDuplicateCard', () => {
  const bank = [question('iq-censoring', 'What is censoring in survival analysis?', 'p2')];
  const userCard = (fields: Partial<UserCardRecord>): UserCardRecord => ({
    id: 'uc-1',
    roadmapId: ROADMAP_ID,
    phaseId: 'p1',
    question: 'How do I join visits to conditions?',
    outline: [],
    updatedAt: 1,
    deletedAt: null,
    hlc: legacyHlc(1),
    ...fields,
  });
  const cards = { roadmap, bank, userCards: [userCard({}), userCard({ id: 'uc-gone', question: 'Deleted?', deletedAt: 3 })] };

  it.each([
    ['a new question', 'What is a hazard ratio?', null],
    ['a roadmap question without its question mark', 'what is the omop common data model', ['iq-omop', 'same-text', false, false]],
    ['a bank question', 'What is censoring in survival analysis ?', ['iq-censoring', 'same-text', false, false]],
    ['an own card', 'How do I join visits to conditions', ['uc-1', 'same-text', true, false]],
    ['a deleted own card', 'Deleted?', null],
  ] as [string, string, unknown][])('%s', (_name, text, expected) => {
    expect(brief(findDuplicateCard(text, cards))).toEqual(expected);
  });

  it('works before the bank has loaded, and skips the card being edited', () => {
    expect(findDuplicateCard('What is censoring in survival analysis?', { roadmap, userCards: [] })).toBeNull();
    expect(findDuplicateCard('How do I join visits to conditions?', cards, { excludeId: 'uc-1' })).toBeNull();
  });

  it('ignores cards of another roadmap', () => {
    expect(findDuplicateCard('Elsewhere?', { roadmap, userCards: [userCard({ question: 'Elsewhere?', roadmapId: 'other' })] })).toBeNull();
  });
});

describe('describeDuplicate', () => {
  it.each([
    [findDuplicateGoal('finish the dbt course', sources), 'You already have your own goal “Finish the dbt course” in phase 2.'],
    [findDuplicateGoal('query an omop database', sources), 'You already have the milestone “Query an OMOP database” in phase 1.'],
    [
      findDuplicateGoal('learn hipaa basics', sources),
      'This matches the goal “Learn HIPAA basics” in phase 1, which you hid. You can show it again instead of adding a copy.',
    ],
    [
      findDuplicateResource({ title: 'x', url: 'https://book.ohdsi.org/' }, sources),
      'You already have this link in phase 1: the resource “Book of OHDSI”.',
    ],
    [findDuplicateGoal('A goal in a removed phase', sources), 'You already have your own goal “A goal in a removed phase”.'],
  ])('says %#', (match, sentence) => {
    expect(match).not.toBeNull();
    expect(describeDuplicate(match!)).toBe(sentence);
  });
});

describe('normalizing', () => {
  it.each([
    ['Learn SQL.', 'learn sql'],
    ['  Learn\tSQL  ', 'learn sql'],
    ['Café?!', 'cafe'],
    ['ＳＱＬ joins。', 'sql joins'],
    ['Straße', 'strasse'],
    ['Kaplan–Meier — the “basics”', 'kaplan-meier - the "basics"'],
    ['Huang’s ClinicalBERT', "huang's clinicalbert"],
    ['', ''],
  ])('folds %j to %j', (text, folded) => {
    expect(normalizeForDuplicates(text)).toBe(folded);
  });

  it.each([
    ['https://www.Example.org/Path/', 'example.org/Path'],
    ['http://example.org', 'example.org'],
    ['https://example.org:443/a?b=1#c', 'example.org/a?b=1'],
    ['https://example.org:8080/a', 'example.org:8080/a'],
    ['ftp://example.org/', null],
    ['example.org', null],
  ])('reads the address %j as %j', (url, normalized) => {
    expect(normalizeUrlForDuplicates(url)).toBe(normalized);
  });
});
