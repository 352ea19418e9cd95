// Node-side timings of the domain computations at 1k and 10k items (or sessions): median of
// repeated samples, and the 10k/1k ratio (≈ 10 when linear). The TypeScript sources are loaded
// through Vite's module runner, so what is timed is exactly src/domain/*.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDataset, buildSessions, addDays, localToday } from '../synthetic-data.mjs';
import { median } from './stats.mjs';

async function load(root, rel) {
  const file = path.join(root, rel);
  if (!existsSync(file)) return null;
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(file, { root, configFile: false, logLevel: 'error' });
  return module;
}

/** How many calls of `fn` make one sample of at least `sampleMs` (after a JIT warm-up). */
function calibrate(fn, sampleMs) {
  let reps = 1;
  for (;;) {
    const t = performance.now();
    for (let i = 0; i < reps; i += 1) fn();
    if (performance.now() - t >= sampleMs || reps >= 1 << 16) return reps;
    reps *= 2;
  }
}

function sample(fn, reps) {
  const t = performance.now();
  for (let i = 0; i < reps; i += 1) fn();
  return (performance.now() - t) / reps;
}

/**
 * Median time of one call, in ms, of `small` and `large`: samples of at least `sampleMs` each,
 * alternating between the two so that drift (other processes, GC, CPU boost) hits both alike.
 */
function timePair(small, large, { samples = 21, sampleMs = 20, budgetMs = 5_000 } = {}) {
  const started = performance.now();
  const repsSmall = calibrate(small, sampleMs);
  const repsLarge = calibrate(large, sampleMs);
  const a = [];
  const b = [];
  for (let s = 0; s < samples && (s < 5 || performance.now() - started < budgetMs); s += 1) {
    a.push(sample(small, repsSmall));
    b.push(sample(large, repsLarge));
  }
  return [
    { ms: median(a), samples: a.length, callsPerSample: repsSmall },
    { ms: median(b), samples: b.length, callsPerSample: repsLarge },
  ];
}

/** Roadmap sized `items` (100 items per phase: 90 goals, 9 resources, 1 milestone) and its records. */
function makeFixture(parseRoadmapDocument, items, today) {
  const phases = items / 100;
  const data = buildDataset({
    seed: 7,
    roadmapId: `scale-${items}`,
    phases,
    goalsPerPhase: 90,
    resourcesPerPhase: 9,
    doneFraction: 0.5,
    sessions: 0,
    notes: items / 4,
    noteBytes: 64,
    endDay: today,
    now: Date.now(),
  });
  const parsed = parseRoadmapDocument(data.document);
  if (!parsed.ok) throw new Error(`synthetic roadmap of ${items} items is invalid: ${parsed.error}`);
  return { data, roadmap: parsed.roadmap };
}

export async function runScaleTimings(root, { log } = {}) {
  const progressMod = await load(root, 'src/domain/progress.ts');
  const schemaMod = await load(root, 'src/domain/roadmap-schema.ts');
  const planMod = await load(root, 'src/domain/plan.ts');
  const paceMod = await load(root, 'src/domain/pace.ts');
  const statsMod = await load(root, 'src/domain/study-stats.ts');
  const overviewMod = await load(root, 'src/domain/plan-overview.ts');
  if (!progressMod || !schemaMod) throw new Error('src/domain/progress.ts or roadmap-schema.ts is missing');
  const today = localToday();

  const fixtures = {
    1_000: makeFixture(schemaMod.parseRoadmapDocument, 1_000, today),
    10_000: makeFixture(schemaMod.parseRoadmapDocument, 10_000, today),
  };
  const plan = { startDate: addDays(today, -120), target: { mode: 'as-written' }, hoursPerWeek: 10, phaseDays: {} };

  const cases = [];
  const add = (name, what, make) => cases.push({ name, what, make });

  add('computeRoadmapProgress', 'items', (n) => {
    const { roadmap, data } = fixtures[n];
    const progress = new Map(data.stores.progress.map((r) => [r.itemId, r]));
    return () => progressMod.computeRoadmapProgress(roadmap, progress);
  });
  add('dashboard data preparation', 'items', (n) => {
    // What the dashboard does with the rows it read (readRoadmapState + DashboardView): build the
    // lookup maps, compute progress, then the current phase's checklist with status and note.
    const { roadmap, data } = fixtures[n];
    const { progress: rows, notes: noteRows } = data.stores;
    return () => {
      const progress = new Map(rows.map((r) => [r.itemId, r]));
      const notes = new Map(noteRows.filter((r) => r.deletedAt === null).map((r) => [r.itemId, r]));
      const summary = progressMod.computeRoadmapProgress(roadmap, progress);
      const current = roadmap.phases.find((p) => p.id === summary.currentPhaseId);
      let shown = 0;
      if (current) {
        for (const item of progressMod.listPhaseChecklist(current)) {
          if (progressMod.statusOf(progress, item.id) === 'done' || notes.get(item.id)) shown += 1;
        }
      }
      return shown;
    };
  });
  add('parseRoadmapDocument (validation on load)', 'items', (n) => {
    const { data } = fixtures[n];
    return () => schemaMod.parseRoadmapDocument(data.document);
  });
  if (planMod && paceMod) {
    add('computeSchedule + computePace', 'items', (n) => {
      const { roadmap, data } = fixtures[n];
      const progress = new Map(data.stores.progress.map((r) => [r.itemId, r]));
      const counts = progressMod
        .computeRoadmapProgress(roadmap, progress)
        .phases.map(({ phaseId, done, total }) => ({ phaseId, done, total }));
      return () => paceMod.computePace(planMod.computeSchedule(roadmap.phases, plan), counts, today);
    });
  }
  if (overviewMod?.computePlanOverview) {
    add('computePlanOverview (dashboard plan card)', 'items', (n) => {
      const { roadmap, data } = fixtures[n];
      const progress = new Map(data.stores.progress.map((r) => [r.itemId, r]));
      return () => overviewMod.computePlanOverview(roadmap, plan, progress, today);
    });
  }
  if (statsMod) {
    const sessions = {
      1_000: buildSessions({ seed: 11, count: 1_000, endDay: today }),
      10_000: buildSessions({ seed: 11, count: 10_000, endDay: today }),
    };
    if (statsMod.heatmapCells) add('heatmapCells (26 weeks)', 'sessions', (n) => () => statsMod.heatmapCells(sessions[n], today, 26));
    if (statsMod.weeklyMinutes) add('weeklyMinutes (12 weeks)', 'sessions', (n) => () => statsMod.weeklyMinutes(sessions[n], today, 12));
    if (statsMod.computeConsistency)
      add('computeConsistency', 'sessions', (n) => () => statsMod.computeConsistency(sessions[n], today, 10));
  }

  const results = [];
  for (const c of cases) {
    const [small, large] = timePair(c.make(1_000), c.make(10_000));
    const ratio = small.ms > 0 ? large.ms / small.ms : null;
    results.push({ name: c.name, unit: c.what, ms1k: small.ms, ms10k: large.ms, ratio, samples: [small.samples, large.samples] });
    log?.(`  ${c.name}: ${small.ms.toFixed(3)} ms at 1k ${c.what}, ${large.ms.toFixed(3)} ms at 10k (×${ratio?.toFixed(1)})`);
  }
  return { today, results };
}
