import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  builtInRoadmaps,
  credentialsTrack,
  healthcareAiRoadmap,
  interviewBank,
  listItems,
  type ResourceKind,
  type Roadmap,
} from '../../../src/content';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ALLOWED_KINDS: readonly ResourceKind[] = ['book', 'course', 'docs', 'paper', 'dataset', 'community', 'template'];

/** Every id a roadmap defines: itself, phases, goals, resources, milestones, ladder, questions. */
function allIds(roadmap: Roadmap): string[] {
  return [
    roadmap.id,
    ...roadmap.phases.flatMap((p) => [p.id, ...p.goals.map((g) => g.id), ...p.resources.map((r) => r.id), p.milestone.id]),
    ...roadmap.careerLadder.map((l) => l.id),
    ...roadmap.interviewQuestions.map((q) => q.id),
  ];
}

function allUrls(roadmap: Roadmap): string[] {
  return roadmap.phases.flatMap((p) => p.resources.flatMap((r) => [r.url, ...(r.extraLinks ?? []).map((l) => l.url)]));
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const phases = healthcareAiRoadmap.phases;
const phaseIds = phases.map((p) => p.id);

describe('healthcare AI roadmap: structure', () => {
  it('has the expected identity', () => {
    expect(healthcareAiRoadmap.id).toBe('healthcare-ai-specialist');
    expect(healthcareAiRoadmap.title).toBe('AI Healthcare Analytics Specialist');
    expect(healthcareAiRoadmap.contentVersion).toBe(1);
  });

  it('has 6 phases numbered 1..6 with 4,6,6,5,5,4 weeks (30 in total)', () => {
    expect(phases).toHaveLength(6);
    expect(phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(phases.map((p) => p.weeks)).toEqual([4, 6, 6, 5, 5, 4]);
    expect(phases.reduce((sum, p) => sum + p.weeks, 0)).toBe(30);
  });

  it('has 18 goals, 24 resources and 6 milestones (3/4/1 per phase)', () => {
    expect(phases.flatMap((p) => p.goals)).toHaveLength(18);
    expect(phases.flatMap((p) => p.resources)).toHaveLength(24);
    expect(phases.map((p) => p.milestone)).toHaveLength(6);
    for (const p of phases) {
      expect(p.goals, p.id).toHaveLength(3);
      expect(p.resources, p.id).toHaveLength(4);
      expect(p.milestone.text.length, p.id).toBeGreaterThan(0);
    }
  });

  it('has non-empty text everywhere', () => {
    for (const p of phases) {
      expect(p.title.length).toBeGreaterThan(0);
      for (const g of p.goals) expect(g.text.trim().length, g.id).toBeGreaterThan(0);
      for (const r of p.resources) expect(r.title.trim().length, r.id).toBeGreaterThan(0);
    }
  });

  it('records the role facts', () => {
    const role = healthcareAiRoadmap.role;
    expect(role.difficulty).toBe('Advanced');
    expect(role.entryBarrier).toBe('High');
    expect(role.codingRequired).toBe(true);
    expect(role.monthsToJobReady).toBe(9);
    expect(role.isRemoteFriendly).toBe(true);
    expect(role.futureDemandScore).toBe(9.2);
    expect(role.aiReplacementRiskPercent).toBe(20);
    expect(role.fitsIf).toHaveLength(3);
    expect(role.notFitIf).toHaveLength(3);
    expect(role.summary.length).toBeGreaterThan(50);
  });

  it('has the six typical-day slots in order', () => {
    expect(healthcareAiRoadmap.typicalDay.map((s) => s.time)).toEqual(['9:00 AM', '10:30 AM', '12:00 PM', '2:00 PM', '3:30 PM', '5:00 PM']);
  });
});

describe('healthcare AI roadmap: resources', () => {
  const resources = phases.flatMap((p) => p.resources);

  it('uses only allowed resource kinds', () => {
    for (const r of resources) expect(ALLOWED_KINDS, r.id).toContain(r.kind);
    for (const r of credentialsTrack.phases.flatMap((p) => p.resources)) {
      expect(ALLOWED_KINDS, r.id).toContain(r.kind);
    }
  });

  it('has http(s) urls and extra-link urls that parse', () => {
    for (const roadmap of builtInRoadmaps) {
      for (const url of allUrls(roadmap)) {
        const parsed = new URL(url);
        expect(['http:', 'https:'], url).toContain(parsed.protocol);
      }
    }
  });

  it('labels every extra link', () => {
    for (const r of resources) {
      for (const link of r.extraLinks ?? []) expect(link.label.trim().length, r.id).toBeGreaterThan(0);
    }
  });

  it('flags resources that are not what the roadmap names with a note', () => {
    const byId = new Map(resources.map((r) => [r.id, r]));
    for (const id of [
      'p1-res-health-data-literacy',
      'p1-res-stanford-cs273b',
      'p4-res-hf-nlp-course',
      'p4-res-n2c2-datasets',
      'p6-res-portfolio-template',
      'p6-res-meetup-communities',
      'p6-res-fda-samd-action-plan',
    ]) {
      expect(byId.get(id)?.note?.length ?? 0, id).toBeGreaterThan(0);
    }
  });

  it('marks only the MLOps specialization as paid', () => {
    expect(resources.filter((r) => r.isFree === false).map((r) => r.id)).toEqual(['p5-res-mlops-specialization']);
  });
});

describe('ids', () => {
  const mainIds = allIds(healthcareAiRoadmap);
  const bankIds = interviewBank.map((q) => q.id);
  const credIds = allIds(credentialsTrack);

  it('are unique across the whole main roadmap and the interview bank', () => {
    expect(duplicates([...mainIds, ...bankIds])).toEqual([]);
  });

  it('are kebab-case', () => {
    for (const id of [...mainIds, ...bankIds, ...credIds]) expect(id).toMatch(KEBAB);
  });

  it('are descriptive, never positional-only', () => {
    const generic = new Set([
      'p1',
      'p2',
      'p3',
      'p4',
      'p5',
      'p6',
      'item',
      'goal',
      'res',
      'resource',
      'milestone',
      'phase',
      'level',
      'ladder',
      'q',
      'iq',
      'question',
      'cred',
    ]);
    for (const id of [...mainIds, ...bankIds, ...credIds]) {
      // No counters after a generic word ("item-1", "p1-goal-3", "iq-12").
      expect(id, id).not.toMatch(/^\d+$/);
      expect(id, id).not.toMatch(/(^|-)(item|goal|res|resource|milestone|phase|level|ladder|q|iq|question|cred)-\d+$/);
      // At least one segment that describes the item rather than its kind or position.
      const meaningful = id.split('-').filter((seg) => !generic.has(seg) && /[a-z]{3,}/.test(seg));
      expect(meaningful.length, id).toBeGreaterThan(0);
    }
  });

  it('keep the agreed main-roadmap ids (stored progress depends on them)', () => {
    expect(phaseIds).toEqual([
      'p1-data-foundations-sql',
      'p2-python-biostatistics',
      'p3-clinical-ml',
      'p4-clinical-nlp-llms',
      'p5-cloud-fhir-mlops',
      'p6-capstone-portfolio',
    ]);
    expect(listItems(healthcareAiRoadmap).map((i) => i.id)).toEqual([
      'p1-goal-data-landscape',
      'p1-goal-healthcare-sql',
      'p1-goal-hipaa-governance',
      'p1-res-book-of-ohdsi',
      'p1-res-health-data-literacy',
      'p1-res-stanford-cs273b',
      'p1-res-cms-synpuf',
      'p1-milestone-omop-queries',
      'p2-goal-python-data-stack',
      'p2-goal-biostatistics',
      'p2-goal-regression-cox-classifiers',
      'p2-res-python-for-data-analysis',
      'p2-res-biostatistics-public-health',
      'p2-res-lifelines-docs',
      'p2-res-cord-19',
      'p2-milestone-end-to-end-python',
      'p3-goal-clinical-prediction-models',
      'p3-goal-interpretability',
      'p3-goal-imbalance-calibration',
      'p3-res-scikit-learn-docs',
      'p3-res-retinal-disease-paper',
      'p3-res-google-ml-crash-course',
      'p3-res-mimic-demo',
      'p3-milestone-explained-mimic-model',
      'p4-goal-clinical-text-nlp',
      'p4-goal-domain-models',
      'p4-goal-clinical-rag',
      'p4-res-hf-nlp-course',
      'p4-res-clinicalbert-paper',
      'p4-res-langchain-rag-docs',
      'p4-res-n2c2-datasets',
      'p4-milestone-nlp-rag-system',
      'p5-goal-cloud-deployment',
      'p5-goal-fhir-smart',
      'p5-goal-healthcare-mlops',
      'p5-res-aws-healthlake-docs',
      'p5-res-hl7-fhir-spec',
      'p5-res-mlops-specialization',
      'p5-res-mlflow-docs',
      'p5-milestone-regulated-deployment',
      'p6-goal-end-to-end-project',
      'p6-goal-regulatory-docs',
      'p6-goal-portfolio-interviews',
      'p6-res-alliance-health-policy',
      'p6-res-fda-samd-action-plan',
      'p6-res-portfolio-template',
      'p6-res-meetup-communities',
      'p6-milestone-portfolio-interview-ready',
    ]);
  });

  it('item ids carry their phase prefix', () => {
    for (const p of phases) {
      const prefix = p.id.split('-')[0] ?? '';
      for (const item of listItems(healthcareAiRoadmap).filter((i) => i.phaseId === p.id)) {
        expect(item.id.startsWith(`${prefix}-`), item.id).toBe(true);
      }
    }
  });
});

describe('career ladder', () => {
  const ladder = healthcareAiRoadmap.careerLadder;

  it('has 5 levels with sane salary bands and 3 duties each', () => {
    expect(ladder).toHaveLength(5);
    for (const level of ladder) {
      expect(level.salaryMinUsd, level.id).toBeGreaterThan(0);
      if (level.salaryMaxUsd !== null) expect(level.salaryMinUsd, level.id).toBeLessThan(level.salaryMaxUsd);
      expect(level.duties, level.id).toHaveLength(3);
      expect(level.salaryLabel, level.id).toMatch(/^\$[\d,]+–\$[\d,]+\+? a year$/);
    }
  });

  it('leaves only the top band open-ended', () => {
    expect(ladder.map((l) => l.salaryMaxUsd)).toEqual([100_000, 150_000, 190_000, 240_000, null]);
    expect(ladder.map((l) => l.salaryMinUsd)).toEqual([70_000, 100_000, 140_000, 175_000, 220_000]);
  });
});

// Interview questions: tests/unit/content/interview-bank.test.ts.

describe('credentials track', () => {
  const credIds = allIds(credentialsTrack);

  it('has the expected identity and two phases with goals and a milestone each', () => {
    expect(credentialsTrack.id).toBe('credentials-degree-track');
    expect(credentialsTrack.contentVersion).toBe(1);
    expect(credentialsTrack.phases).toHaveLength(2);
    for (const p of credentialsTrack.phases) {
      expect(p.goals.length, p.id).toBeGreaterThan(0);
      expect(p.weeks, p.id).toBeGreaterThan(0);
      expect(p.milestone.text.length, p.id).toBeGreaterThan(0);
    }
  });

  it('has unique cred- ids that do not clash with the main roadmap or the bank', () => {
    expect(duplicates(credIds)).toEqual([]);
    const others = new Set([...allIds(healthcareAiRoadmap), ...interviewBank.map((q) => q.id)]);
    for (const id of credIds) {
      expect(others.has(id), id).toBe(false);
      if (id !== credentialsTrack.id) expect(id.startsWith('cred-'), id).toBe(true);
    }
  });
});

describe('builtInRoadmaps and listItems', () => {
  it('lists the main roadmap first, then the credentials track', () => {
    expect(builtInRoadmaps.map((r) => r.id)).toEqual(['healthcare-ai-specialist', 'credentials-degree-track']);
  });

  it('returns 48 items for the main roadmap in roadmap order', () => {
    const items = listItems(healthcareAiRoadmap);
    expect(items).toHaveLength(48);
    expect(items.filter((i) => i.kind === 'goal')).toHaveLength(18);
    expect(items.filter((i) => i.kind === 'resource')).toHaveLength(24);
    expect(items.filter((i) => i.kind === 'milestone')).toHaveLength(6);

    const expected = phases.flatMap((p) => [
      ...p.goals.map((g) => ({ id: g.id, kind: 'goal', text: g.text, phaseId: p.id })),
      ...p.resources.map((r) => ({ id: r.id, kind: 'resource', text: r.title, phaseId: p.id })),
      { id: p.milestone.id, kind: 'milestone', text: p.milestone.text, phaseId: p.id },
    ]);
    expect(items).toEqual(expected);

    // Phase order is preserved: phaseIds appear as contiguous runs in phase order.
    const runs = items.map((i) => i.phaseId).filter((id, i, all) => i === 0 || all[i - 1] !== id);
    expect(runs).toEqual(phaseIds);
  });

  it('is pure: same result on repeated calls, input untouched', () => {
    const before = JSON.stringify(healthcareAiRoadmap);
    expect(listItems(healthcareAiRoadmap)).toEqual(listItems(healthcareAiRoadmap));
    expect(JSON.stringify(healthcareAiRoadmap)).toBe(before);
  });

  it('works for the credentials track too', () => {
    const items = listItems(credentialsTrack);
    const expectedCount = credentialsTrack.phases.reduce((n, p) => n + p.goals.length + p.resources.length + 1, 0);
    expect(items).toHaveLength(expectedCount);
  });
});

describe('content layering', () => {
  const dir = new URL('../../../src/content/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('content modules import only sibling content modules', () => {
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const specifiers = [...source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
      for (const spec of specifiers) expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[a-z0-9-]+$/);
    }
  });

  it('content never refers to the shared source folder at runtime', () => {
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source.includes('/work/shared'), file).toBe(false);
    }
  });
});
