import Dexie, { type EntityTable } from 'dexie';
import type {
  CustomItemRecord,
  EvidenceRecord,
  ItemOverlayRecord,
  NoteRecord,
  PlanRecord,
  ProgressRecord,
  ReviewRecord,
  SettingRecord,
  SnapshotRecord,
  StoredRoadmapRecord,
  StudySessionRecord,
  UserCardRecord,
} from '../domain/records';

export const DATABASE_NAME = 'roadmap-tracker';

/**
 * Schema versions, oldest first. A version is never edited once shipped: a change adds a new
 * `version(n)` with an upgrade function, and tests/unit/db/migrations.test.ts gets a fixture for it.
 */
export const SCHEMA_VERSIONS = {
  1: {
    progress: 'key, roadmapId, updatedAt',
    notes: 'key, roadmapId, updatedAt',
    evidence: 'key, roadmapId, updatedAt',
    sessions: 'id, roadmapId, day, updatedAt',
    plans: 'roadmapId',
    settings: 'key',
  },
  2: {
    snapshots: '++id, createdAt',
    userCards: 'id, roadmapId, updatedAt',
    reviews: 'key, roadmapId, due',
    customItems: 'id, roadmapId, phaseId, updatedAt',
    itemOverlays: 'key, roadmapId',
    roadmaps: 'id, updatedAt',
  },
} as const;

export const CURRENT_SCHEMA_VERSION = 2;

export type TrackerDatabase = Dexie & {
  progress: EntityTable<ProgressRecord, 'key'>;
  notes: EntityTable<NoteRecord, 'key'>;
  evidence: EntityTable<EvidenceRecord, 'key'>;
  sessions: EntityTable<StudySessionRecord, 'id'>;
  plans: EntityTable<PlanRecord, 'roadmapId'>;
  settings: EntityTable<SettingRecord, 'key'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  userCards: EntityTable<UserCardRecord, 'id'>;
  reviews: EntityTable<ReviewRecord, 'key'>;
  customItems: EntityTable<CustomItemRecord, 'id'>;
  itemOverlays: EntityTable<ItemOverlayRecord, 'key'>;
  roadmaps: EntityTable<StoredRoadmapRecord, 'id'>;
};

/** Creates a handle on the tracker database; tests pass a unique name. */
export function createDatabase(name: string = DATABASE_NAME): TrackerDatabase {
  const db = new Dexie(name) as TrackerDatabase;
  db.version(1).stores(SCHEMA_VERSIONS[1]);
  // v2 only adds tables (restore points, flashcards, own items, imported roadmaps): no data moves.
  db.version(2).stores(SCHEMA_VERSIONS[2]);
  return db;
}

/** The app's one database handle. */
export const db: TrackerDatabase = createDatabase();
