// Deterministic synthetic data for the performance bench (scripts/bench/run-bench.mjs).
//
// The same options (seed included) always give the same records, byte for byte. The only input
// that is not fixed by default is `endDay`: the bench passes today's date so the study log ends
// "yesterday" and date-relative views (streaks, heatmap) see a realistic history.
//
// Shapes follow src/domain/records.ts (stored records) and src/domain/roadmap-schema.ts (the
// roadmap document, which the app validates again when it loads it).
//
//   import { buildDataset, LARGE_DATASET } from './synthetic-data.mjs';
//   const data = buildDataset({ ...LARGE_DATASET, endDay: '2026-11-21' });
//   // data.stores = { roadmaps: [...], settings: [...], progress: [...], sessions: [...], notes: [...] }

/** The "large" dataset: 2,000 items, three years of daily sessions, 500 notes of 2 KB. */
export const LARGE_DATASET = Object.freeze({
  seed: 20261122,
  roadmapId: 'bench-large-roadmap',
  phases: 20,
  goalsPerPhase: 90,
  resourcesPerPhase: 9, // + 1 milestone per phase = 100 items per phase
  doneFraction: 0.5,
  sessions: 1_100,
  notes: 500,
  noteBytes: 2_048,
});

/** A small imported roadmap: same code path as the large one (import + validation), little data. */
export const SMALL_DATASET = Object.freeze({
  seed: 20261122,
  roadmapId: 'bench-small-roadmap',
  phases: 2,
  goalsPerPhase: 5,
  resourcesPerPhase: 1,
  doneFraction: 0.5,
  sessions: 0,
  notes: 0,
  noteBytes: 0,
});

/** mulberry32: a tiny seeded PRNG; returns floats in [0, 1). */
export function createRng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'analyse cohort survival model clinical data pipeline feature risk score validate bias audit ' +
  'sql python notebook dashboard outcome readmission claims registry privacy consent baseline ' +
  'regression calibration cross validation sample bootstrap interval report review stakeholder ' +
  'metric drift monitor deploy explain fairness label imaging text vitals encounter episode'
).split(' ');

const RESOURCE_KINDS = ['book', 'course', 'docs', 'paper', 'dataset', 'community', 'template'];

function pick(rng, list) {
  return list[Math.floor(rng() * list.length)];
}

function sentence(rng, words) {
  const out = [];
  for (let i = 0; i < words; i += 1) out.push(pick(rng, WORDS));
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1);
}

/** Plain text of exactly `bytes` ASCII characters (so also `bytes` UTF-8 bytes). */
function paragraph(rng, bytes) {
  let text = '';
  while (text.length < bytes) text += `${sentence(rng, 8 + Math.floor(rng() * 8))}. `;
  return text.slice(0, bytes).trimEnd().padEnd(bytes, '.');
}

const pad = (n, width) => String(n).padStart(width, '0');

/** `yyyy-MM-dd` of `day` plus `amount` days (UTC arithmetic on a calendar day: no DST drift). */
export function addDays(day, amount) {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + amount));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Today's local calendar day as `yyyy-MM-dd`. */
export function localToday(now = new Date()) {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/**
 * A roadmap document in the file format of src/domain/roadmap-schema.ts.
 * Every id is kebab-case and unique across the roadmap: `p07`, `p07-g042`, `p07-r3`, `p07-m`.
 */
export function buildRoadmapDocument({ seed, roadmapId, phases, goalsPerPhase, resourcesPerPhase }) {
  const rng = createRng(seed);
  const w = Math.max(2, String(phases).length);
  const gw = Math.max(3, String(goalsPerPhase).length);
  return {
    format: 'roadmap-tracker/roadmap',
    formatVersion: 1,
    roadmap: {
      id: roadmapId,
      title: `Synthetic roadmap: ${phases} phases, ${phases * (goalsPerPhase + resourcesPerPhase + 1)} items`,
      contentVersion: 1,
      phases: Array.from({ length: phases }, (_, p) => {
        const phaseId = `p${pad(p + 1, w)}`;
        return {
          id: phaseId,
          title: sentence(rng, 4),
          weeks: 2 + Math.floor(rng() * 5),
          goals: Array.from({ length: goalsPerPhase }, (_goal, g) => ({
            id: `${phaseId}-g${pad(g + 1, gw)}`,
            text: sentence(rng, 6 + Math.floor(rng() * 10)),
          })),
          resources: Array.from({ length: resourcesPerPhase }, (_resource, r) => ({
            id: `${phaseId}-r${r + 1}`,
            title: sentence(rng, 3 + Math.floor(rng() * 4)),
            url: `https://example.org/${phaseId}/resource-${r + 1}`,
            kind: pick(rng, RESOURCE_KINDS),
            isFree: rng() < 0.7,
          })),
          milestone: { id: `${phaseId}-m`, text: sentence(rng, 10) },
        };
      }),
    },
  };
}

/** Item ids in display order (goals, resources, milestone, phase by phase). */
export function listItemIds(document) {
  const ids = [];
  for (const phase of document.roadmap.phases) {
    for (const goal of phase.goals) ids.push(goal.id);
    for (const resource of phase.resources) ids.push(resource.id);
    ids.push(phase.milestone.id);
  }
  return ids;
}

/**
 * Everything to put into IndexedDB for one synthetic user.
 * - progress: the first `doneFraction` of the items in roadmap order are done (whole phases
 *   first, as a learner would work), so the dashboard's current phase is the next one;
 * - sessions: one a day for `sessions` days ending the day before `endDay`, 15–134 minutes;
 * - notes: `notes` notes of `noteBytes` characters, spread evenly over the items.
 * `now` (epoch ms) stamps updatedAt/doneAt; fixed by default so output is reproducible.
 */
export function buildDataset(options) {
  const {
    seed,
    roadmapId,
    doneFraction = 0.5,
    sessions = 0,
    notes = 0,
    noteBytes = 2_048,
    endDay = '2026-11-22',
    now = Date.UTC(2026, 10, 22, 12),
  } = options;
  const document = buildRoadmapDocument(options);
  const itemIds = listItemIds(document);
  const rng = createRng(seed ^ 0x9e3779b9);
  const doneCount = Math.round(itemIds.length * doneFraction);
  const DAY = 86_400_000;

  const progress = itemIds.slice(0, doneCount).map((itemId, index) => {
    const doneAt = now - (doneCount - index) * Math.floor(DAY / 2);
    return { key: `${roadmapId}/${itemId}`, roadmapId, itemId, status: 'done', doneAt, updatedAt: doneAt };
  });

  const firstDay = addDays(endDay, -sessions);
  const sessionRecords = Array.from({ length: sessions }, (_, index) => {
    const day = addDays(firstDay, index);
    return {
      id: `${roadmapId}-session-${pad(index + 1, 5)}`,
      roadmapId,
      day,
      minutes: 15 + Math.floor(rng() * 120),
      phaseId: null,
      itemId: null,
      note: '',
      updatedAt: now - (sessions - index) * DAY,
      deletedAt: null,
    };
  });

  const step = notes > 0 ? itemIds.length / notes : 0;
  const noteRecords = Array.from({ length: Math.min(notes, itemIds.length) }, (_, index) => {
    const itemId = itemIds[Math.floor(index * step)];
    return {
      key: `${roadmapId}/${itemId}`,
      roadmapId,
      itemId,
      text: paragraph(rng, noteBytes),
      updatedAt: now - index * 60_000,
      deletedAt: null,
    };
  });

  const phasesDone = Math.floor(doneCount / (itemIds.length / document.roadmap.phases.length));
  return {
    document,
    itemIds,
    /** Phase the dashboard should show as current (first with unfinished goals or milestone). */
    currentPhaseId: document.roadmap.phases[Math.min(phasesDone, document.roadmap.phases.length - 1)].id,
    stores: {
      roadmaps: [{ id: roadmapId, roadmap: document, importedAt: now, updatedAt: now, deletedAt: null }],
      settings: [{ key: 'activeRoadmapId', value: roadmapId, updatedAt: now }],
      progress,
      sessions: sessionRecords,
      notes: noteRecords,
    },
    summary: {
      items: itemIds.length,
      phases: document.roadmap.phases.length,
      done: progress.length,
      sessions: sessionRecords.length,
      notes: noteRecords.length,
      noteBytes,
      documentBytes: JSON.stringify(document).length,
    },
  };
}

/** Study sessions only (for the Node-side scale timings): `count` daily sessions ending `endDay`. */
export function buildSessions({ seed, roadmapId = 'bench', count, endDay = '2026-11-22' }) {
  return buildDataset({
    seed,
    roadmapId,
    phases: 1,
    goalsPerPhase: 1,
    resourcesPerPhase: 0,
    doneFraction: 0,
    sessions: count,
    notes: 0,
    endDay,
  }).stores.sessions;
}
