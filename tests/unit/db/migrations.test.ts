import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase, CURRENT_SCHEMA_VERSION } from '../../../src/db/database';
import { legacyHlc } from '../../../src/domain/hlc';
import snapshots from './schema-snapshots.json';

/** The shipped schemas as committed (not the code's copy): an edited shipped version fails schema-guard.test.ts. */
const SHIPPED = snapshots as Record<string, Record<string, string>>;

type TableRows = Record<string, Record<string, unknown>[]>;

/** Sample rows as each shipped version wrote them. Add an entry when a version is added. */
const FIXTURE_ROWS: Record<number, TableRows> = {
  1: {
    progress: [
      {
        key: 'healthcare-ai-specialist/p1-goal-data-landscape',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p1-goal-data-landscape',
        status: 'done',
        doneAt: 1_700_000_000_000,
        updatedAt: 1_700_000_000_000,
      },
      {
        key: 'healthcare-ai-specialist/retired-item',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'retired-item',
        status: 'skipped',
        doneAt: null,
        updatedAt: 1_700_000_000_001,
      },
    ],
    notes: [
      {
        key: 'healthcare-ai-specialist/p1-goal-data-landscape',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p1-goal-data-landscape',
        text: 'Read chapter 4 twice',
        updatedAt: 1,
        deletedAt: null,
      },
      { key: 'healthcare-ai-specialist/p2-x', roadmapId: 'healthcare-ai-specialist', itemId: 'p2-x', text: '', updatedAt: 2, deletedAt: 2 },
    ],
    evidence: [
      {
        key: 'healthcare-ai-specialist/p1-milestone',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p1-milestone',
        url: 'https://github.com/me/omop',
        updatedAt: 3,
        deletedAt: null,
      },
    ],
    sessions: [
      {
        id: 's-1',
        roadmapId: 'healthcare-ai-specialist',
        day: '2026-02-28',
        minutes: 45,
        phaseId: 'p1',
        itemId: null,
        note: 'SQL drills',
        updatedAt: 4,
        deletedAt: null,
      },
    ],
    plans: [
      {
        roadmapId: 'healthcare-ai-specialist',
        plan: { startDate: '2026-01-05', target: { mode: 'as-written' }, hoursPerWeek: 6, phaseDays: {} },
        previous: null,
        updatedAt: 5,
      },
    ],
    settings: [{ key: 'lastBackupAt', value: 1_700_000_000_000, updatedAt: 6 }],
  },
  2: {
    progress: [
      {
        key: 'credentials-degree-track/cred-goal-cphims',
        roadmapId: 'credentials-degree-track',
        itemId: 'cred-goal-cphims',
        status: 'in-progress',
        doneAt: null,
        updatedAt: 7,
      },
    ],
    snapshots: [{ id: 1, createdAt: 8, reason: 'daily', sizeBytes: 2, data: '{}' }],
    userCards: [
      {
        id: 'card-1',
        roadmapId: 'healthcare-ai-specialist',
        phaseId: 'p1',
        question: 'What is a visit_occurrence?',
        outline: ['A row per encounter'],
        updatedAt: 9,
        deletedAt: null,
      },
    ],
    reviews: [
      {
        key: 'healthcare-ai-specialist/card-1',
        roadmapId: 'healthcare-ai-specialist',
        cardId: 'card-1',
        due: 10,
        state: { stability: 1.5 },
        updatedAt: 10,
      },
    ],
    customItems: [
      {
        id: 'own-1',
        roadmapId: 'healthcare-ai-specialist',
        phaseId: 'p1',
        kind: 'resource',
        text: 'My SQL notes',
        url: 'https://example.org/',
        order: 0,
        updatedAt: 11,
        deletedAt: null,
      },
    ],
    itemOverlays: [
      {
        key: 'healthcare-ai-specialist/p1-res-x',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p1-res-x',
        isHidden: true,
        updatedAt: 12,
      },
    ],
    roadmaps: [{ id: 'imported', roadmap: { id: 'imported' }, importedAt: 13, updatedAt: 13, deletedAt: null }],
  },
  3: {
    progress: [
      {
        key: 'healthcare-ai-specialist/p2-goal-x',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p2-goal-x',
        status: 'done',
        doneAt: 20,
        updatedAt: 20,
        hlc: '000000000000020-000000-a1b2c3d4e5f60718',
      },
    ],
    attention: [
      {
        id: 'sessions:s-old',
        table: 'sessions',
        record: { id: 's-old', day: '0202-05-01' },
        problem: 'The study session dated “0202-05-01” cannot be used as it is.',
        detectedAt: 21,
      },
    ],
    device: [{ key: 'deviceId', value: 'a1b2c3d4e5f60718' }],
    noteVersions: [
      {
        key: 'healthcare-ai-specialist/p2-goal-x@000000000000019-000000-0011223344556677',
        noteKey: 'healthcare-ai-specialist/p2-goal-x',
        deviceId: '0011223344556677',
        roadmapId: 'healthcare-ai-specialist',
        itemId: 'p2-goal-x',
        text: 'Written on the phone',
        updatedAt: 19,
        deletedAt: null,
        hlc: '000000000000019-000000-0011223344556677',
        ancestors: [],
      },
    ],
  },
};

/** What schema 3's upgrade adds to records written before it: clock stamps and tombstones. */
function upgradedTo3(table: string, row: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  if (fromVersion >= 3) return row;
  const next: Record<string, unknown> = { ...row };
  if (!('hlc' in next) && typeof next.updatedAt === 'number') next.hlc = legacyHlc(next.updatedAt);
  if (['plans', 'settings', 'itemOverlays'].includes(table) && !('deletedAt' in next)) next.deletedAt = null;
  if (table === 'notes' && !('ancestors' in next)) next.ancestors = [];
  return next;
}

/** Builds a database exactly as schema version `version` defined it, filled with that version's rows. */
async function buildFixture(name: string, version: number): Promise<void> {
  const legacy = new Dexie(name);
  for (let v = 1; v <= version; v += 1) legacy.version(v).stores(SHIPPED[String(v)] ?? {});
  await legacy.open();
  // A database that lived through every version up to this one holds rows written by each of them.
  for (let v = 1; v <= version; v += 1) {
    // …as the upgrades it went through left them.
    for (const [table, rows] of Object.entries(FIXTURE_ROWS[v] ?? {})) {
      await legacy.table(table).bulkPut(version >= 3 ? rows.map((row) => upgradedTo3(table, row, v)) : rows);
    }
  }
  legacy.close();
}

const shippedVersions = Object.keys(SHIPPED).map(Number);

describe('schema migrations', () => {
  it('has a fixture for every shipped schema version', () => {
    expect(Object.keys(FIXTURE_ROWS).map(Number)).toEqual(shippedVersions);
    expect(Math.max(...shippedVersions)).toBe(CURRENT_SCHEMA_VERSION);
  });

  it.each(shippedVersions)('opens a version %i database with the current code and finds every record intact', async (version) => {
    const name = `migration-fixture-v${version}-${Math.random()}`;
    await buildFixture(name, version);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const expected = Object.entries(FIXTURE_ROWS)
      .filter(([v]) => Number(v) <= version)
      .flatMap(([v, tables]) => Object.entries(tables).map(([table, rows]) => [table, rows, Number(v)] as const));
    for (const [table, rows, writtenBy] of expected) {
      const stored = await db.table(table).toArray();
      // Imported roadmaps' documents are checked after start-up (attention.scan), not in the upgrade.
      for (const row of rows) expect(stored).toContainEqual(expect.objectContaining(upgradedTo3(table, row, writtenBy)));
    }
    db.close();
    await Dexie.delete(name);
  });
});
