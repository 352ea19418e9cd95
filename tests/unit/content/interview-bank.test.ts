import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap, interviewBank, type InterviewLevel, type InterviewQuestion } from '../../../src/content';

const LEVELS: readonly InterviewLevel[] = ['entry', 'mid', 'senior'];
const roadmapQuestions = healthcareAiRoadmap.interviewQuestions;
const allQuestions: readonly InterviewQuestion[] = [...roadmapQuestions, ...interviewBank];
const phaseIds = healthcareAiRoadmap.phases.map((phase) => phase.id);

/** Ids of the 41 questions the app shipped before levels: they key stored review state. */
const SHIPPED_IDS = [
  'iq-omop-cdm-why',
  'iq-icd-cpt-ndc-codes',
  'iq-hipaa-deidentification',
  'iq-omop-vocabulary-mapping',
  'iq-i2b2-pcornet-vs-omop',
  'iq-claims-vs-ehr',
  'iq-safe-harbor-dates-zip',
  'iq-governance-plain-language',
  'iq-synthetic-claims-limits',
  'iq-censoring-survival',
  'iq-cox-ph-assumptions',
  'iq-kaplan-meier-logrank',
  'iq-confounding-adjustment',
  'iq-cohort-vs-case-control',
  'iq-logistic-odds-ratio',
  'iq-calibration-vs-discrimination',
  'iq-brier-score',
  'iq-class-imbalance',
  'iq-shap-vs-lime',
  'iq-ehr-leakage',
  'iq-external-validation',
  'iq-clinical-negation',
  'iq-deidentify-notes',
  'iq-clinicalbert-vs-biobert',
  'iq-rag-grounding-citation',
  'iq-chunking-medical-docs',
  'iq-hallucination-evaluation',
  'iq-relation-extraction',
  'iq-fhir-resources',
  'iq-smart-on-fhir-launch',
  'iq-drift-monitoring',
  'iq-audit-logging',
  'iq-mlops-samd',
  'iq-mlflow-versioning',
  'iq-cloud-health-platforms',
  'iq-model-card-contents',
  'iq-bias-audit',
  'iq-communicate-uncertainty',
  'iq-validation-report',
  'iq-capstone-walkthrough',
  'iq-fda-action-plan',
];

describe('interview questions: the roadmap’s own three', () => {
  it('are the three preview questions, all in phase 1', () => {
    expect(roadmapQuestions.map((q) => q.id)).toEqual(['iq-omop-cdm-why', 'iq-icd-cpt-ndc-codes', 'iq-hipaa-deidentification']);
    for (const q of roadmapQuestions) expect(q.phaseId).toBe('p1-data-foundations-sql');
  });

  it('are not repeated in the bank, by id or by wording', () => {
    const ids = new Set(roadmapQuestions.map((q) => q.id));
    const texts = new Set(roadmapQuestions.map((q) => q.question));
    for (const q of interviewBank) {
      expect(ids.has(q.id), q.id).toBe(false);
      expect(texts.has(q.question), q.id).toBe(false);
    }
  });
});

describe('interview questions: roadmap and bank together', () => {
  it('has at least 54 questions', () => {
    expect(allQuestions.length).toBeGreaterThanOrEqual(54);
  });

  it.each(phaseIds)('has at least nine questions for %s', (phaseId) => {
    expect(allQuestions.filter((q) => q.phaseId === phaseId).length).toBeGreaterThanOrEqual(9);
  });

  it.each(phaseIds)('mixes entry, mid and senior questions in %s', (phaseId) => {
    const levels = new Set(allQuestions.filter((q) => q.phaseId === phaseId).map((q) => q.level));
    expect(levels).toEqual(new Set(LEVELS));
  });

  it('puts every question in a phase the roadmap has', () => {
    for (const q of allQuestions) expect(phaseIds, q.id).toContain(q.phaseId);
  });

  it('gives every question a valid level', () => {
    for (const q of allQuestions) expect(LEVELS, q.id).toContain(q.level);
  });

  it('uses unique, kebab-case iq- ids', () => {
    const ids = allQuestions.map((q) => q.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const id of ids) expect(id, id).toMatch(/^iq-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every id that was shipped before, so review history stays attached', () => {
    const ids = new Set(allQuestions.map((q) => q.id));
    for (const id of SHIPPED_IDS) expect(ids.has(id), id).toBe(true);
  });

  it('asks each question once', () => {
    const texts = allQuestions.map((q) => q.question.trim().toLowerCase());
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
  });

  it('gives every question an outline of 3 to 6 non-empty points', () => {
    for (const q of allQuestions) {
      expect(q.question.trim().length, q.id).toBeGreaterThan(0);
      expect(q.outline.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.outline.length, q.id).toBeLessThanOrEqual(6);
      for (const point of q.outline) expect(point.trim().length, q.id).toBeGreaterThan(0);
    }
  });

  it('writes questions as questions and points as sentences', () => {
    for (const q of allQuestions) {
      // The roadmap's own wording includes one prompt ("Explain …") rather than a question.
      expect(q.question, q.id).toMatch(/[?.]$/);
      for (const point of q.outline) {
        expect(point, q.id).toMatch(/^[A-Z"'(a-z0-9]/);
        expect(point, q.id).toMatch(/[.)"]$/);
        expect(point, q.id).not.toMatch(/\s{2}|^\s|\s$/);
      }
    }
  });

  it('states the HIPAA Safe Harbor facts consistently', () => {
    const text = allQuestions.map((q) => `${q.question}\n${q.outline.join('\n')}`).join('\n');
    expect(text).toContain('18 listed identifiers');
    expect(text).toMatch(/more than 20,000 people/);
    expect(text).toMatch(/90 or older/);
    // The count is 18 wherever identifiers are counted.
    for (const match of text.matchAll(/(\d+) (?:listed )?identifiers/g)) expect(match[1]).toBe('18');
  });
});
