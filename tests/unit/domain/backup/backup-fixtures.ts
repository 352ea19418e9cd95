/** Shared fixtures and fast-check arbitraries for the backup tests. */
import fc from 'fast-check';
import type { Roadmap } from '../../../../src/content/types';
import {
  ITEM_STATUSES,
  progressKey,
  type EvidenceRecord,
  type NoteRecord,
  type Plan,
  type PlanRecord,
  type ProgressRecord,
  type SettingRecord,
  type StudySessionRecord,
} from '../../../../src/domain/records';
import { buildBackup, type BackupData, type BackupFile } from '../../../../src/domain/backup/backup-format';
import { BACKUP_LIMITS, isHttpUrl } from '../../../../src/domain/backup/backup-schema';

export const T0 = Date.UTC(2026, 10, 20, 12);

export const progress = (itemId: string, over: Partial<ProgressRecord> = {}): ProgressRecord => ({
  key: progressKey('r1', itemId),
  roadmapId: 'r1',
  itemId,
  status: 'done',
  doneAt: T0,
  updatedAt: T0,
  ...over,
});

export const note = (itemId: string, text: string, over: Partial<NoteRecord> = {}): NoteRecord => ({
  key: progressKey('r1', itemId),
  roadmapId: 'r1',
  itemId,
  text,
  updatedAt: T0,
  deletedAt: null,
  ...over,
});

export const evidence = (itemId: string, url: string, over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  key: progressKey('r1', itemId),
  roadmapId: 'r1',
  itemId,
  url,
  updatedAt: T0,
  deletedAt: null,
  ...over,
});

export const session = (id: string, over: Partial<StudySessionRecord> = {}): StudySessionRecord => ({
  id,
  roadmapId: 'r1',
  day: '2026-11-20',
  minutes: 45,
  phaseId: 'p1',
  itemId: null,
  note: '',
  updatedAt: T0,
  deletedAt: null,
  ...over,
});

const samplePlan: Plan = {
  startDate: '2026-09-01',
  target: { mode: 'finish-by', finishBy: '2027-06-01' },
  hoursPerWeek: 7.5,
  phaseDays: { p1: 30 },
};

export const planRecord = (over: Partial<PlanRecord> = {}): PlanRecord => ({
  roadmapId: 'r1',
  plan: samplePlan,
  previous: { ...samplePlan, target: { mode: 'as-written' }, hoursPerWeek: null },
  updatedAt: T0,
  ...over,
});

export const setting = (key: string, value: SettingRecord['value']): SettingRecord => ({ key, value, updatedAt: T0 });

export const sampleData = (): BackupData => ({
  progress: [progress('g1'), progress('g2', { status: 'in-progress', doneAt: null })],
  notes: [note('g1', 'Read chapter 3, "tricky" part.\nSecond line')],
  evidence: [evidence('m1', 'https://github.com/me/project')],
  sessions: [session('s1')],
  plans: [planRecord()],
  settings: [setting('lastBackupAt', T0), setting('theme', 'dark')],
});

export const sampleFile = (data: BackupData = sampleData()): BackupFile =>
  buildBackup(data, { appVersion: '1.0.0', schemaVersion: 1, now: T0 });

export const roadmapFixture: Roadmap = {
  id: 'r1',
  title: 'Test roadmap',
  contentVersion: 1,
  role: {
    difficulty: 'medium',
    entryBarrier: 'low',
    codingRequired: true,
    monthsToJobReady: 9,
    isRemoteFriendly: true,
    summary: 's',
    fitsIf: [],
    notFitIf: [],
  },
  phases: [
    {
      id: 'p1',
      number: 1,
      title: 'Foundations, "basics"',
      weeks: 4,
      goals: [
        { id: 'g1', text: 'Learn SQL' },
        { id: 'g2', text: '=HYPERLINK("http://evil")' },
      ],
      resources: [{ id: 'res1', title: 'Book, 2nd ed.', url: 'https://example.org', kind: 'book', isFree: true }],
      milestone: { id: 'm1', text: 'Ship a dashboard' },
    },
  ],
  typicalDay: [],
  careerLadder: [],
  interviewQuestions: [],
};

// ---------- arbitraries: small id pools so both sides of a merge share identities ----------

const roadmapIdArb = fc.constantFrom('r1', 'r2');
const itemIdArb = fc.constantFrom('a', 'b', 'c', 'd');
/** Mostly tiny timestamps, so equal updatedAt (ties) happen often. */
export const timestampArb = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: BACKUP_LIMITS.maxTimestamp }));
const tombstoneArb = fc.option(timestampArb, { nil: null, freq: 3 });
const dayArb = fc
  .date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** Overlapping texts, so "one contains the other" cases come up. */
const noteTextArb = fc.oneof(fc.constantFrom('', 'alpha', 'beta', 'alpha beta', 'beta\nalpha'), fc.string({ maxLength: 40, unit: 'grapheme' }));
const urlArb = fc.oneof(
  fc.constantFrom('https://example.org/a', 'http://x.test/b?c=1#d'),
  fc.webUrl().filter((u) => isHttpUrl(u) && u.length <= BACKUP_LIMITS.urlLength),
);

const keyed = <T extends { roadmapId: string; itemId: string }>(r: T): T & { key: string } => ({
  key: progressKey(r.roadmapId, r.itemId),
  ...r,
});

export const progressArb: fc.Arbitrary<ProgressRecord> = fc
  .record({
    roadmapId: roadmapIdArb,
    itemId: itemIdArb,
    status: fc.constantFrom(...ITEM_STATUSES),
    doneAt: fc.option(timestampArb, { nil: null }),
    updatedAt: timestampArb,
  })
  .map(keyed);

export const noteArb: fc.Arbitrary<NoteRecord> = fc
  .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, text: noteTextArb, updatedAt: timestampArb, deletedAt: tombstoneArb })
  .map(keyed);

export const evidenceArb: fc.Arbitrary<EvidenceRecord> = fc
  .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, url: urlArb, updatedAt: timestampArb, deletedAt: tombstoneArb })
  .map(keyed);

export const sessionArb: fc.Arbitrary<StudySessionRecord> = fc.record({
  id: fc.constantFrom('s1', 's2', 's3', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'),
  roadmapId: roadmapIdArb,
  day: dayArb,
  minutes: fc.integer({ min: 1, max: 1440 }),
  phaseId: fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
  itemId: fc.option(itemIdArb, { nil: null }),
  note: fc.string({ maxLength: 20 }),
  updatedAt: timestampArb,
  deletedAt: tombstoneArb,
});

const planArb: fc.Arbitrary<Plan> = fc.record({
  startDate: dayArb,
  target: fc.oneof(
    fc.constant({ mode: 'as-written' as const }),
    dayArb.map((finishBy) => ({ mode: 'finish-by' as const, finishBy })),
  ),
  hoursPerWeek: fc.option(fc.integer({ min: 0, max: 336 }).map((n) => n / 2), { nil: null }),
  phaseDays: fc.dictionary(fc.constantFrom('p1', 'p2', 'phase-3'), fc.integer({ min: 1, max: 3650 }), {
    noNullPrototype: true,
  }),
});

export const planRecordArb: fc.Arbitrary<PlanRecord> = fc.record({
  roadmapId: roadmapIdArb,
  plan: planArb,
  previous: fc.option(planArb, { nil: null }),
  updatedAt: timestampArb,
});

export const settingArb: fc.Arbitrary<SettingRecord> = fc.record({
  key: fc.constantFrom('theme', 'lastBackupAt', 'dismissed.reminder'),
  value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)),
  updatedAt: timestampArb,
});

/** Valid data: unique identities per table, as the database (and parse) guarantee. */
export const backupDataArb = (minLength = 0): fc.Arbitrary<BackupData> => {
  const table = <T>(arb: fc.Arbitrary<T>, id: (r: T) => string) =>
    fc.uniqueArray(arb, { selector: id, minLength, maxLength: 6 });
  return fc.record({
    progress: table(progressArb, (r) => r.key),
    notes: table(noteArb, (r) => r.key),
    evidence: table(evidenceArb, (r) => r.key),
    sessions: table(sessionArb, (r) => r.id),
    plans: table(planRecordArb, (r) => r.roadmapId),
    settings: table(settingArb, (r) => r.key),
  });
};
