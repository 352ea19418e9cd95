/** Shared fixtures for the backup tests (fast-check arbitraries: backup-arbitraries.ts). */
import type { Roadmap } from '../../../../src/content/types';
import { toRoadmapDocument } from '../../../../src/domain/roadmap-schema';
import {
  progressKey,
  type CustomItemRecord,
  type ItemOverlayRecord,
  type ReviewRecord,
  type StoredRoadmapRecord,
  type UserCardRecord,
  type EvidenceRecord,
  type NoteRecord,
  type Plan,
  type PlanRecord,
  type ProgressRecord,
  type SettingRecord,
  type StudySessionRecord,
} from '../../../../src/domain/records';
import { buildBackup, type BackupData, type BackupFile } from '../../../../src/domain/backup/backup-format';
import { legacyHlc } from '../../../../src/domain/hlc';
import type { CalendarDay } from '../../../../src/domain/calendar-day';

/** A record with its clock stamp: the one derived from updatedAt unless the test gives its own. */
const stamped = <T extends { updatedAt: number; hlc?: string }>(record: T): T & { hlc: string } => ({
  ...record,
  hlc: record.hlc ?? legacyHlc(record.updatedAt),
});

/** A study day, typed as one. */
export const day = (text: string): CalendarDay => text as CalendarDay;

export const T0 = Date.UTC(2026, 10, 20, 12);

export const progress = (itemId: string, over: Partial<ProgressRecord> = {}): ProgressRecord =>
  stamped({
    key: progressKey('r1', itemId),
    roadmapId: 'r1',
    itemId,
    status: 'done',
    doneAt: T0,
    updatedAt: T0,
    ...over,
  });

export const note = (itemId: string, text: string, over: Partial<NoteRecord> = {}): NoteRecord =>
  stamped({
    key: progressKey('r1', itemId),
    roadmapId: 'r1',
    itemId,
    text,
    updatedAt: T0,
    deletedAt: null,
    ancestors: [],
    ...over,
  });

export const evidence = (itemId: string, url: string, over: Partial<EvidenceRecord> = {}): EvidenceRecord =>
  stamped({
    key: progressKey('r1', itemId),
    roadmapId: 'r1',
    itemId,
    url,
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

export const session = (id: string, over: Partial<StudySessionRecord> = {}): StudySessionRecord =>
  stamped({
    id,
    roadmapId: 'r1',
    day: day('2026-11-20'),
    minutes: 45,
    phaseId: 'p1',
    itemId: null,
    note: '',
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

const samplePlan: Plan = {
  startDate: day('2026-09-01'),
  target: { mode: 'finish-by', finishBy: day('2027-06-01') },
  hoursPerWeek: 7.5,
  phaseDays: { p1: 30 },
};

export const planRecord = (over: Partial<PlanRecord> = {}): PlanRecord =>
  stamped({
    roadmapId: 'r1',
    plan: samplePlan,
    previous: { ...samplePlan, target: { mode: 'as-written' }, hoursPerWeek: null },
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

export const setting = (key: string, value: SettingRecord['value']): SettingRecord =>
  stamped({ key, value, updatedAt: T0, deletedAt: null });

export const sampleData = (): BackupData => ({
  progress: [progress('g1'), progress('g2', { status: 'in-progress', doneAt: null })],
  notes: [note('g1', 'Read chapter 3, "tricky" part.\nSecond line')],
  evidence: [evidence('m1', 'https://github.com/me/project')],
  sessions: [session('s1')],
  plans: [planRecord()],
  settings: [setting('lastBackupAt', T0), setting('theme', 'dark')],
  userCards: [],
  reviews: [],
  customItems: [],
  itemOverlays: [],
  roadmaps: [],
  noteVersions: [],
});

export const sampleFile = (data: BackupData = sampleData()): BackupFile =>
  buildBackup(data, { appVersion: '1.0.0', schemaVersion: 1, now: T0 });

export const userCard = (id: string, over: Partial<UserCardRecord> = {}): UserCardRecord =>
  stamped({
    id,
    roadmapId: 'r1',
    phaseId: 'p1',
    question: 'What is OMOP?',
    outline: ['a common data model', 'for observational data'],
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

export const review = (cardId: string, over: Partial<ReviewRecord> = {}): ReviewRecord =>
  stamped({
    key: progressKey('r1', cardId),
    roadmapId: 'r1',
    cardId,
    due: T0 + 86_400_000,
    state: { stability: 3.17, difficulty: 5.5, reps: 2, state: 2, last_review: T0, learning_steps: null },
    updatedAt: T0,
    ...over,
  });

export const customItem = (id: string, over: Partial<CustomItemRecord> = {}): CustomItemRecord =>
  stamped({
    id,
    roadmapId: 'r1',
    phaseId: 'p1',
    kind: 'resource',
    text: 'My favourite SQL course',
    url: 'https://example.org/sql',
    order: 0,
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

export const itemOverlay = (itemId: string, over: Partial<ItemOverlayRecord> = {}): ItemOverlayRecord =>
  stamped({
    key: progressKey('r1', itemId),
    roadmapId: 'r1',
    itemId,
    isHidden: true,
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

/** A roadmap document as the roadmap importer stores it (plain JSON data). */
export const roadmapDocument = (id: string, title = 'Imported roadmap'): unknown =>
  JSON.parse(JSON.stringify(toRoadmapDocument({ ...roadmapFixture, id, title }))) as unknown;

export const storedRoadmap = (id: string, over: Partial<StoredRoadmapRecord> = {}): StoredRoadmapRecord =>
  stamped({
    id,
    roadmap: roadmapDocument(id),
    importedAt: T0,
    updatedAt: T0,
    deletedAt: null,
    ...over,
  });

/** sampleData plus a record in every table format 2 added. */
export const sampleDataV2 = (): BackupData => ({
  ...sampleData(),
  userCards: [userCard('uc-1')],
  reviews: [review('uc-1'), review('q-1', { state: { reps: 0, state: 'New' } })],
  customItems: [customItem('own-1'), customItem('own-2', { kind: 'goal', text: 'Ship a thing', url: null, order: 1 })],
  itemOverlays: [itemOverlay('g2')],
  roadmaps: [storedRoadmap('imported-1')],
});

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
