/** fast-check arbitraries for the backup tests: valid records of every table, small id pools. */
import fc from 'fast-check';
import {
  ITEM_STATUSES,
  progressKey,
  type CustomItemRecord,
  type EvidenceRecord,
  type ItemOverlayRecord,
  type NoteRecord,
  type NoteVersionRecord,
  type Plan,
  type PlanRecord,
  type ProgressRecord,
  type ReviewRecord,
  type SettingRecord,
  type StoredRoadmapRecord,
  type StudySessionRecord,
  type UserCardRecord,
} from '../../../../src/domain/records';
import type { BackupData } from '../../../../src/domain/backup/backup-format';
import { BACKUP_LIMITS, isHttpUrl } from '../../../../src/domain/backup/backup-schema';
import { roadmapDocument } from './backup-fixtures';
import { legacyHlc } from '../../../../src/domain/hlc';
import type { CalendarDay } from '../../../../src/domain/calendar-day';

// ---------- arbitraries: small id pools so both sides of a merge share identities ----------

const roadmapIdArb = fc.constantFrom('r1', 'r2');
const itemIdArb = fc.constantFrom('a', 'b', 'c', 'd');
/** Mostly tiny timestamps, so equal updatedAt (ties) happen often. */
export const timestampArb = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: BACKUP_LIMITS.maxTimestamp }));
const tombstoneArb = fc.option(timestampArb, { nil: null, freq: 3 });
const dayArb = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as CalendarDay);

/** The clock stamp every device derives alike from updatedAt (what a format-2 file reads as). */
const stamp = <T extends { updatedAt: number }>(record: T): T & { hlc: string } => ({ ...record, hlc: legacyHlc(record.updatedAt) });
/** Overlapping texts, so "one contains the other" cases come up. */
const noteTextArb = fc.oneof(
  fc.constantFrom('', 'alpha', 'beta', 'alpha beta', 'beta\nalpha'),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
);
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
  .map(keyed)
  .map(stamp);

export const noteArb: fc.Arbitrary<NoteRecord> = fc
  .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, text: noteTextArb, updatedAt: timestampArb, deletedAt: tombstoneArb })
  .map(keyed)
  .map(stamp)
  .map((note) => ({ ...note, ancestors: [] }));

/** Another version of a note: a note with its own key (`${noteKey}@${hlc}`). */
export const noteVersionArb: fc.Arbitrary<NoteVersionRecord> = noteArb.map((note) => ({
  ...note,
  key: `${note.key}@${note.hlc}`,
  noteKey: note.key,
  deviceId: '0',
}));

export const evidenceArb: fc.Arbitrary<EvidenceRecord> = fc
  .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, url: urlArb, updatedAt: timestampArb, deletedAt: tombstoneArb })
  .map(keyed)
  .map(stamp);

export const sessionArb: fc.Arbitrary<StudySessionRecord> = fc
  .record({
    id: fc.constantFrom('s1', 's2', 's3', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'),
    roadmapId: roadmapIdArb,
    day: dayArb,
    minutes: fc.integer({ min: 1, max: 1440 }),
    phaseId: fc.option(fc.constantFrom('p1', 'p2'), { nil: null }),
    itemId: fc.option(itemIdArb, { nil: null }),
    note: fc.string({ maxLength: 20 }),
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(stamp);

const planArb: fc.Arbitrary<Plan> = fc.record({
  startDate: dayArb,
  target: fc.oneof(
    fc.constant({ mode: 'as-written' as const }),
    dayArb.map((finishBy) => ({ mode: 'finish-by' as const, finishBy })),
  ),
  hoursPerWeek: fc.option(
    fc.integer({ min: 1, max: 336 }).map((n) => n / 2),
    { nil: null },
  ),
  phaseDays: fc.dictionary(fc.constantFrom('p1', 'p2', 'phase-3'), fc.integer({ min: 1, max: 3650 }), {
    noNullPrototype: true,
  }),
});

export const planRecordArb: fc.Arbitrary<PlanRecord> = fc
  .record({
    roadmapId: roadmapIdArb,
    plan: planArb,
    previous: fc.option(planArb, { nil: null }),
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(stamp);

export const settingArb: fc.Arbitrary<SettingRecord> = fc
  .record({
    key: fc.constantFrom('theme', 'lastBackupAt', 'dismissed.reminder'),
    value: fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null)),
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(stamp);

const cardIdArb = fc.constantFrom('uc-1', 'uc-2', 'q-1');

export const userCardArb: fc.Arbitrary<UserCardRecord> = fc
  .record({
    id: fc.constantFrom('uc-1', 'uc-2'),
    roadmapId: roadmapIdArb,
    phaseId: fc.constantFrom('p1', 'p2'),
    question: noteTextArb.filter((text) => text !== ''),
    outline: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(stamp);

/** Finite numbers without -0 (JSON writes it as 0). */
const stateNumberArb = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
);

export const reviewArb: fc.Arbitrary<ReviewRecord> = fc
  .record({
    roadmapId: roadmapIdArb,
    cardId: cardIdArb,
    due: timestampArb,
    state: fc.dictionary(
      fc.constantFrom('stability', 'difficulty', 'reps', 'state', 'last_review'),
      fc.oneof(stateNumberArb, fc.string({ maxLength: 10 }), fc.constant(null)),
      { noNullPrototype: true },
    ),
    updatedAt: timestampArb,
  })
  .map((r) => ({ key: progressKey(r.roadmapId, r.cardId), ...r }))
  .map(stamp);

export const customItemArb: fc.Arbitrary<CustomItemRecord> = fc
  .record({
    id: fc.constantFrom('own-1', 'own-2', 'own-3'),
    roadmapId: roadmapIdArb,
    phaseId: fc.constantFrom('p1', 'p2'),
    kind: fc.constantFrom('goal' as const, 'resource' as const),
    text: noteTextArb.filter((text) => text !== ''),
    url: fc.option(urlArb, { nil: null }),
    order: fc.integer({ min: 0, max: 20 }),
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(stamp);

export const itemOverlayArb: fc.Arbitrary<ItemOverlayRecord> = fc
  .record({ roadmapId: roadmapIdArb, itemId: itemIdArb, isHidden: fc.boolean(), updatedAt: timestampArb, deletedAt: tombstoneArb })
  .map(keyed)
  .map(stamp);

export const storedRoadmapArb: fc.Arbitrary<StoredRoadmapRecord> = fc
  .record({
    id: fc.constantFrom('imported-1', 'imported-2'),
    title: fc.constantFrom('One', 'Two, "quoted"'),
    importedAt: timestampArb,
    updatedAt: timestampArb,
    deletedAt: tombstoneArb,
  })
  .map(({ title, ...r }) => stamp({ ...r, roadmap: roadmapDocument(r.id, title) }));

/** Valid data: unique identities per table, as the database (and parse) guarantee. */
export const backupDataArb = (minLength = 0): fc.Arbitrary<BackupData> => {
  const table = <T>(arb: fc.Arbitrary<T>, id: (r: T) => string) => fc.uniqueArray(arb, { selector: id, minLength, maxLength: 6 });
  return fc.record({
    progress: table(progressArb, (r) => r.key),
    notes: table(noteArb, (r) => r.key),
    evidence: table(evidenceArb, (r) => r.key),
    sessions: table(sessionArb, (r) => r.id),
    plans: table(planRecordArb, (r) => r.roadmapId),
    settings: table(settingArb, (r) => r.key),
    userCards: table(userCardArb, (r) => r.id),
    reviews: table(reviewArb, (r) => r.key),
    customItems: table(customItemArb, (r) => r.id),
    itemOverlays: table(itemOverlayArb, (r) => r.key),
    roadmaps: table(storedRoadmapArb, (r) => r.id),
    noteVersions: table(noteVersionArb, (r) => r.key),
  });
};
