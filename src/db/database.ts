import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  AttentionRecord,
  CustomItemRecord,
  EvidenceRecord,
  ItemOverlayRecord,
  NoteRecord,
  NoteVersionRecord,
  PlanRecord,
  ProgressRecord,
  ReviewRecord,
  SettingRecord,
  SnapshotRecord,
  StoredRoadmapRecord,
  StudySessionRecord,
  UserCardRecord,
} from '../domain/records';
import { BACKUP_TABLES } from '../domain/backup/backup-tables';
import { migrateLegacyRecord } from '../domain/schemas/migrate';

export const DATABASE_NAME = 'roadmap-tracker';

/**
 * Schema versions, oldest first. A version is never edited once shipped: a change adds a new
 * `version(n)` with an upgrade function, tests/unit/db/schema-snapshots.json gets its snapshot
 * (the schema-guard test compares), and tests/unit/db/migrations.test.ts gets a fixture for it.
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
  3: {
    /** Records that no longer pass their schema, set aside (see repair.ts). Carried in backups. */
    attention: 'id, table',
    /** This device's own state: its id and clock. Never exported, never synced. */
    device: 'key',
    /** Other versions of notes edited in two places (domain/sync/note-versions.ts). */
    noteVersions: 'key, noteKey',
    /** This device's sync state (server, credentials, vault key, what it saw of other devices). Never exported. */
    syncState: 'key',
  },
} as const;

export const CURRENT_SCHEMA_VERSION = 3;

/** This device's own sync state, one row per concern (src/db/sync-repo.ts): never in a backup or a sync file. */
export interface SyncStateRecord {
  key: string;
  /** Structured-cloneable; the vault row holds a non-extractable CryptoKey. */
  value: unknown;
}

/** This device's own key/value state (device id, clock): never in a backup or a sync file. */
export interface DeviceRecord {
  key: string;
  value: string | number | boolean | null;
}

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
  attention: EntityTable<AttentionRecord, 'id'>;
  device: EntityTable<DeviceRecord, 'key'>;
  noteVersions: EntityTable<NoteVersionRecord, 'key'>;
  syncState: EntityTable<SyncStateRecord, 'key'>;
};

let upgradedThisSession = false;

/**
 * True when this page's open ran the schema-3 upgrade: the app then sets aside, at once, any record
 * that no longer passes its schema (the `attention.scan` command, which loads the validators).
 */
export const wasUpgradedThisSession = (): boolean => upgradedThisSession;

/**
 * v3: every record gets its clock stamp (derived from updatedAt on a node every device shares, so
 * the same record restored on two devices stamps alike), plans, settings and hidden items a
 * tombstone, notes their (empty) ancestry. Only Dexie calls are awaited in here.
 */
async function upgradeToV3(tx: Transaction): Promise<void> {
  upgradedThisSession = true;
  for (const name of BACKUP_TABLES) {
    const table = tx.table(name);
    // One table at a time: the upgrade transaction keeps only one table's rows in memory.
    // oxlint-disable-next-line no-await-in-loop
    await table.toCollection().modify((record: Record<string, unknown>, ref: { value: unknown }) => {
      const migrated = migrateLegacyRecord(name, record);
      if (migrated !== record) ref.value = migrated;
    });
  }
}

/** Creates a handle on the tracker database; tests pass a unique name. */
export function createDatabase(name: string = DATABASE_NAME): TrackerDatabase {
  const db = new Dexie(name) as TrackerDatabase;
  db.version(1).stores(SCHEMA_VERSIONS[1]);
  // v2 only adds tables (restore points, flashcards, own items, imported roadmaps): no data moves.
  db.version(2).stores(SCHEMA_VERSIONS[2]);
  db.version(3).stores(SCHEMA_VERSIONS[3]).upgrade(upgradeToV3);
  return db;
}

/** The app's one database handle. */
export const db: TrackerDatabase = createDatabase();
