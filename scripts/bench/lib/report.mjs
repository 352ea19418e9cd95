// The bench's targets (PASS / MISS) and its plain-text report. Targets are ratios to a baseline
// measured in the same run (the floor page for ticks, the static copy for loads, the first run for
// the large dataset) wherever a baseline exists; absolute figures only where the issue sets one.
import { fmtKB, fmtMB, fmtMs, fmtRange, table } from './stats.mjs';

const ratio = (a, b) => (a !== null && a !== undefined && b ? a / b : null);
const fmtRatio = (r) => (r === null || r === undefined ? 'n/a' : `×${r.toFixed(2)}`);
const fmtScore = (s) =>
  s?.median === null || s?.median === undefined
    ? 'n/a'
    : s.n > 1
      ? `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`
      : s.median.toFixed(2);
const f1 = (v) => (v === null || v === undefined ? 'n/a' : v.toFixed(1));

function verdict(ok) {
  if (ok === null || ok === undefined) return 'n/a ';
  return ok ? 'PASS' : 'MISS';
}

/** A target "app ≤ limit × baseline". */
function ratioTarget(name, app, base, limit, fmt = (v) => fmtMs(v, 1)) {
  const q = ratio(app, base);
  return { name, value: `${fmt(app)} vs ${fmt(base)}`, ok: q === null ? null : q <= limit, margin: `${fmtRatio(q)} (limit ×${limit})` };
}

export function computeTargets(r) {
  const targets = [];
  const b = r.bundle;
  if (b) {
    for (const [kind, label] of [
      ['js', 'First-load JS ≤ 130 KB gzipped'],
      ['css', 'First-load CSS ≤ 15 KB gzipped'],
    ]) {
      targets.push({
        name: label,
        value: fmtKB(b[kind].gzip, 2),
        ok: b[kind].ok,
        margin: `${fmtKB(Math.abs(b[kind].budget - b[kind].gzip), 2)} ${b[kind].ok ? 'under' : 'over'}`,
      });
    }
  }

  const loads = r.loads;
  if (loads?.static) {
    targets.push(
      ratioTarget('Cold first contentful paint ≤ 1.3× static copy', loads.app.cold.fcp.median, loads.static.cold.fcp.median, 1.3, fmtMs),
    );
    targets.push(
      ratioTarget(
        'First checklist with saved state ≤ 1.5× static copy: warm (offline, service worker)',
        loads.app.warm.checkboxVisible.median,
        loads.static.warm.checkboxVisible.median,
        1.5,
        fmtMs,
      ),
    );
    targets.push(
      ratioTarget(
        '… and cold (first visit, throttled network)',
        loads.app.cold.checkboxVisible.median,
        loads.static.cold.checkboxVisible.median,
        1.5,
        fmtMs,
      ),
    );
  }

  const t = r.ticks?.cpu4x;
  if (t) {
    targets.push(ratioTarget('Tick, next frame p50 ≤ 1.5× floor page (4× CPU, first run)', t.app.frame.p50, t.floor.frame.p50, 1.5));
    targets.push(ratioTarget('Tick, next frame p95 ≤ 1.5× floor page', t.app.frame.p95, t.floor.frame.p95, 1.5));
    targets.push(ratioTarget('Tick, committed p95 ≤ 1.5× floor page', t.app.committed.p95, t.floor.committed.p95, 1.5));
    const script = t.app.mainThreadPerTick.script;
    targets.push({
      name: 'Main-thread script ≤ 8 ms per tick (4× CPU, first run)',
      value: `${fmtMs(script, 1)} (floor ${fmtMs(t.floor.mainThreadPerTick.script, 1)})`,
      ok: script <= 8,
      margin: `${script - 8 >= 0 ? '+' : ''}${(script - 8).toFixed(1)} ms`,
    });
    const longest = Math.max(t.app.longestTask, r.ticks.cpu1x?.app.longestTask ?? 0);
    targets.push({
      name: 'No task over 50 ms while ticking (first run, 1× and 4×)',
      value: longest > 0 ? fmtMs(longest) : 'none ≥ 50 ms',
      ok: longest <= 50,
      margin: longest > 0 ? `${t.app.longTasks} long task(s) at 4×` : 'met',
    });
  }
  const lt = r.datasets?.large?.ticks;
  if (lt) {
    targets.push(ratioTarget('Large dataset: next frame p50 ≤ 2× floor page (4× CPU)', lt.app.frame.p50, lt.floor.frame.p50, 2));
    targets.push(ratioTarget('Large dataset: next frame p95 ≤ 2× floor page', lt.app.frame.p95, lt.floor.frame.p95, 2));
    targets.push(ratioTarget('Large dataset: committed p95 ≤ 2× floor page', lt.app.committed.p95, lt.floor.committed.p95, 2));
    targets.push({
      name: 'Large dataset: no task over 50 ms while ticking',
      value: lt.app.longTasks > 0 ? `longest ${fmtMs(lt.app.longestTask)}` : 'none ≥ 50 ms',
      ok: lt.app.longTasks === 0,
      margin: lt.app.longTasks > 0 ? `${lt.app.longTasks} long task(s) in ${lt.app.ticks} ticks` : 'met',
    });
  }
  const d = r.datasets;
  if (d?.large?.dashboard && d?.empty?.dashboard) {
    const extra = d.large.dashboard.checkboxVisible.median - d.empty.dashboard.checkboxVisible.median;
    targets.push({
      name: 'Large dataset: dashboard ≤ 100 ms over the first run (first checklist, warm)',
      value: fmtMs(extra),
      ok: extra <= 100,
      margin: `${extra - 100 >= 0 ? '+' : ''}${(extra - 100).toFixed(0)} ms`,
    });
  }
  const lp = d?.longPhase;
  if (lp?.long && lp?.short) {
    targets.push(
      ratioTarget(
        `Phase of ${lp.longGoals} goals ≤ 1.5× a ${lp.shortGoals}-goal phase ("Goals" visible, warm)`,
        lp.long.checkboxVisible.median,
        lp.short.checkboxVisible.median,
        1.5,
        fmtMs,
      ),
    );
  }

  const lh = r.lighthouse;
  if (lh?.runs) {
    const p = lh.performance.median;
    targets.push({
      name: `Lighthouse performance ≥ 0.95 (median of ${lh.runs})`,
      value: p?.toFixed(2),
      ok: p >= 0.95,
      margin: `${p - 0.95 >= 0 ? '+' : ''}${(p - 0.95).toFixed(2)}`,
    });
    const tbt = lh.tbt.median;
    targets.push({
      name: 'Lighthouse total blocking time ≤ 200 ms (median)',
      value: fmtMs(tbt),
      ok: tbt <= 200,
      margin: `${(tbt - 200).toFixed(0)} ms`,
    });
    const a = lh.accessibility.median;
    targets.push({
      name: 'Lighthouse accessibility = 1.00 (median)',
      value: a?.toFixed(2),
      ok: a >= 1,
      margin: a >= 1 ? 'met' : `${(a - 1).toFixed(2)}`,
    });
    const cls = lh.cls.median;
    targets.push({
      name: 'Lighthouse cumulative layout shift ≤ 0.1 (median)',
      value: cls?.toFixed(3),
      ok: cls <= 0.1,
      margin: `max ${lh.cls.max?.toFixed(3)}`,
    });
  }

  const study = r.scale?.results?.filter((x) => x.unit === 'sessions');
  if (study?.length) {
    const worst = study.reduce((m, x) => (x.ms10k > m.ms10k ? x : m));
    targets.push({
      name: 'Study-log statistics ≤ 10 ms for 10k sessions (Node, 1×; slowest of them)',
      value: `${fmtMs(worst.ms10k, 2)} (${worst.name})`,
      ok: worst.ms10k <= 10,
      margin: `${(worst.ms10k - 10).toFixed(2)} ms`,
    });
  }
  return targets;
}

function renderTicks(out, label, pair) {
  const { app, floor } = pair;
  const row = (name, pick, fmt = f1) => [name, fmt(pick(app)), fmt(pick(floor)), fmtRatio(ratio(pick(app), pick(floor)))];
  out.push(
    '',
    `${label}: ${app.ticks} ticks per page in ${app.blocks} blocks (medians over blocks of each block's percentile; ms from the click)`,
    table(
      ['', 'app', 'floor page', 'app/floor'],
      [
        row('next frame painted: p50', (x) => x.frame.p50),
        row('next frame painted: p95', (x) => x.frame.p95),
        row('committed + shown: p50', (x) => x.committed.p50),
        row('committed + shown: p95', (x) => x.committed.p95),
        row('committed: max (all ticks)', (x) => x.committed.max),
        row('click handler (sync): p95', (x) => x.handler.p95),
        row('main-thread script per tick', (x) => x.mainThreadPerTick.script),
        row('main-thread tasks per tick', (x) => x.mainThreadPerTick.task),
        row('  of which layout + style', (x) => x.mainThreadPerTick.layout + x.mainThreadPerTick.style),
        ['old state shown after aria-busy off', `${app.flickers}/${app.ticks}`, `${floor.flickers}/${floor.ticks}`, ''],
        [
          'long tasks ≥ 50 ms: count, longest',
          `${app.longTasks}, ${app.longTasks ? fmtMs(app.longestTask) : '-'}`,
          `${floor.longTasks}`,
          '',
        ],
        [
          'long animation frames ≥ 50 ms',
          `${app.longAnimationFrames}, ${app.longAnimationFrames ? fmtMs(app.longestAnimationFrame) : '-'}`,
          `${floor.longAnimationFrames}`,
          '',
        ],
        ['timeouts (no commit within 5 s)', String(app.timeouts), String(floor.timeouts), ''],
      ],
    ),
  );
}

function renderLoads(out, l, throttle) {
  const s = l.static;
  const row = (label, pick, fmt = fmtMs) => [
    label,
    fmtRange(pick(l.app), fmt),
    s ? fmtRange(pick(s), fmt) : 'n/a',
    s ? fmtRatio(ratio(pick(l.app).median, pick(s).median)) : 'n/a',
  ];
  out.push(
    table(
      ['', 'app', 'static copy (no JS)', 'app/static'],
      [
        row('cold: first contentful paint', (x) => x.cold.fcp),
        row('cold: first checklist with saved state', (x) => x.cold.checkboxVisible),
        row('cold: bytes transferred', (x) => x.cold.transferBytes, fmtKB),
        row('cold: longest task before the checklist', (x) => x.cold.longestTaskBeforeVisible),
        row('warm: first contentful paint', (x) => x.warm.fcp),
        row('warm: first checklist with saved state', (x) => x.warm.checkboxVisible),
        row('warm: longest task before the checklist', (x) => x.warm.longestTaskBeforeVisible),
      ],
    ),
  );
  out.push(
    `cold = fresh profile, throttled network + ${throttle.cpuSlowdown}× CPU. warm = app: reload offline, served by the service worker (${l.warmServedByServiceWorker.filter(Boolean).length}/${l.warmServedByServiceWorker.length} navigations from the SW); static: reload over loopback without network throttling, HTTP cache allowed; both ${throttle.cpuSlowdown}× CPU.`,
  );
  if (l.pageErrors?.length) out.push(`page errors during loads: ${[...new Set(l.pageErrors)].join(' | ')}`);
}

function renderDatasets(out, d, runs) {
  const def = d.definitions?.large;
  if (def)
    out.push(
      `large = ${def.items} items in ${def.phases} phases (${def.done} done), ${def.sessions} sessions, ${def.notes} notes × ${def.noteBytes} B; roadmap document ${fmtKB(def.documentBytes)}; seed ${def.seed}`,
    );
  const cols = [d.empty, d.small, d.large];
  const dash = (fn, fmt = fmtMs) => cols.map((c) => (c?.dashboard ? fmtRange(fn(c.dashboard), fmt) : 'n/a'));
  const phase = (fn, fmt = fmtMs) => cols.map((c) => (c?.phase ? fmtRange(fn(c.phase), fmt) : 'n/a'));
  const count = (v) => String(Math.round(v));
  out.push(
    table(
      ['', 'first run (built-in, empty)', 'small imported roadmap', 'large dataset'],
      [
        ['dashboard: first checklist with saved state', ...dash((x) => x.checkboxVisible)],
        ['dashboard: first contentful paint', ...dash((x) => x.fcp)],
        ['dashboard: longest task before the checklist', ...dash((x) => x.longestTaskBeforeVisible)],
        [
          'dashboard: JS heap after load (after GC)',
          ...dash(
            (x) => x.heapUsedAfterGc,
            (v) => fmtMB(v, 2),
          ),
        ],
        ['dashboard: DOM elements', ...dash((x) => x.domNodes, count)],
        [
          `phase view (${d.empty?.phasePath ?? '?'} | - | ${d.large?.phasePath ?? '?'}): "Goals" visible`,
          ...phase((x) => x.checkboxVisible),
        ],
        ['phase view: longest task before visible', ...phase((x) => x.longestTaskBeforeVisible)],
        ['phase view: DOM elements', ...phase((x) => x.domNodes, count)],
      ],
    ),
  );
  const extra =
    d.large?.dashboard && d.empty?.dashboard ? d.large.dashboard.checkboxVisible.median - d.empty.dashboard.checkboxVisible.median : null;
  const extraSmall =
    d.large?.dashboard && d.small?.dashboard ? d.large.dashboard.checkboxVisible.median - d.small.dashboard.checkboxVisible.median : null;
  out.push(
    `dashboard of the large dataset = extra time to the first checklist over the first run: ${fmtMs(extra)} (over the small imported roadmap, i.e. the size effect alone: ${fmtMs(extraSmall)}); ${runs} warm reloads each`,
  );
  const lp = d.longPhase;
  if (lp?.long && lp?.short) {
    out.push(
      '',
      `Long phase (one imported roadmap, nothing done; warm, offline, 4× CPU; ${lp.long.runs} reloads each):`,
      table(
        ['', `${lp.shortGoals}-goal phase (${lp.shortPath})`, `${lp.longGoals}-goal phase (${lp.longPath})`, 'long/short'],
        [
          [
            '"Goals" visible',
            fmtRange(lp.short.checkboxVisible),
            fmtRange(lp.long.checkboxVisible),
            fmtRatio(ratio(lp.long.checkboxVisible.median, lp.short.checkboxVisible.median)),
          ],
          ['longest task before visible', fmtRange(lp.short.longestTaskBeforeVisible), fmtRange(lp.long.longestTaskBeforeVisible), ''],
          ['DOM elements', fmtRange(lp.short.domNodes, count), fmtRange(lp.long.domNodes, count), ''],
        ],
      ),
    );
  }
  if (d.pageErrors?.length) out.push(`page errors: ${[...new Set(d.pageErrors)].join(' | ')}`);
}

function renderLighthouse(out, lh) {
  out.push(
    table(
      ['', 'value'],
      [
        ['performance', fmtScore(lh.performance)],
        ['accessibility', fmtScore(lh.accessibility)],
        ['best practices', fmtScore(lh.bestPractices)],
        ['first contentful paint', fmtRange(lh.fcp)],
        ['largest contentful paint', fmtRange(lh.lcp)],
        ['total blocking time', fmtRange(lh.tbt)],
        ['cumulative layout shift', fmtRange(lh.cls, (v) => v.toFixed(3))],
        ['speed index', fmtRange(lh.speedIndex)],
        ['run time', fmtRange(lh.runMs, (v) => `${(v / 1000).toFixed(1)} s`)],
        ['Lighthouse CPU benchmark index', fmtRange(lh.benchmarkIndex, (v) => v.toFixed(0))],
      ],
    ),
  );
  for (const [cat, audits] of Object.entries(lh.medianRunFailing ?? {})) {
    if (audits.length)
      out.push(
        `${cat}: not full score in the median run: ${audits.map((a) => `${a.title} (${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`).join('; ')}`,
      );
  }
  if (lh.warnings?.length) out.push(`warnings: ${lh.warnings.join(' | ')}`);
  if (lh.errors?.length) out.push(`errors: ${lh.errors.join(' | ')}`);
}

export function renderReport(r) {
  const out = [];
  const h = (title) => out.push('', `== ${title} ${'='.repeat(Math.max(0, 90 - title.length))}`);
  const env = r.environment ?? {};
  const throttle = r.options.throttling;
  h('Environment');
  out.push(
    `CPU ${env.cpuModel ?? '?'} × ${env.cpus ?? '?'} (${env.hypervisor ? `${env.hypervisor} VM` : 'bare metal?'}), ${env.memoryGiB ?? '?'} GiB · ${env.os ?? ''}`,
    `Node ${env.node ?? '?'} · ${env.chromiumVersion ?? 'Chromium ?'} · vite ${env.versions?.vite ?? '?'} · playwright-core ${env.versions?.['playwright-core'] ?? '?'} · lighthouse ${env.versions?.lighthouse ?? '?'}`,
    `Throttling: ${throttle.rttMs} ms RTT, ${(throttle.downloadKbps / 1024).toFixed(1)} Mbps down, ${throttle.uploadKbps} kbps up (CDP, per request), ${throttle.cpuSlowdown}× CPU; viewport ${throttle.viewport.width}×${throttle.viewport.height} @${throttle.deviceScaleFactor}x`,
    `Runs per series: ${r.options.runs}; ticks per page per series: ${r.options.ticks}${r.options.quick ? '  (QUICK MODE: not valid figures)' : ''}`,
  );
  const ml = r.machineLoad;
  if (ml) {
    // The bench itself keeps about one core busy; more than that means someone else was working.
    const busy = ml.median > ml.cpus * 0.75 || ml.max > ml.cpus * 1.25;
    out.push(
      `Machine load (1-min load average, ${ml.cpus} CPUs): start ${ml.start}, median ${ml.median}, max ${ml.max}, end ${ml.end}` +
        (busy ? '  WARNING: other processes competed for the CPU; timings are pessimistic and noisy. Re-run on a quiet machine.' : ''),
    );
  }

  const b = r.bundle;
  if (b) {
    h('First-load JS and CSS (gzip -9; deterministic for a given build, so measured once)');
    out.push(
      table(
        ['type', 'file', 'raw', 'gzipped'],
        [
          ...b.js.files.map((x) => ['js', x.file, fmtKB(x.raw, 2), fmtKB(x.gzip, 2)]),
          ['js', 'TOTAL', fmtKB(b.js.raw, 2), `${fmtKB(b.js.gzip, 2)} / budget ${fmtKB(b.js.budget, 0)}`],
          ...b.css.files.map((x) => ['css', x.file, fmtKB(x.raw, 2), fmtKB(x.gzip, 2)]),
          ['css', 'TOTAL', fmtKB(b.css.raw, 2), `${fmtKB(b.css.gzip, 2)} / budget ${fmtKB(b.css.budget, 0)}`],
          [
            'lazy',
            `${b.notFirstLoadJs.files.length} other JS files (lazy chunks, sw, workbox)`,
            fmtKB(b.notFirstLoadJs.raw, 2),
            fmtKB(b.notFirstLoadJs.gzip, 2),
          ],
        ],
      ),
    );
    const comp = r.build?.composition;
    if (comp) {
      out.push('', 'What the first-load JS is made of (rendered bytes before minification, top 12):');
      out.push(
        table(
          ['package / source', 'bytes', 'share'],
          comp.groups.slice(0, 12).map((g) => [g.group, fmtKB(g.bytes), `${(g.share * 100).toFixed(1)}%`]),
        ),
      );
    }
  }

  if (r.loads) {
    h('Loads: ms from navigation start, median (min–max)');
    renderLoads(out, r.loads, throttle);
  }

  const t = r.ticks;
  const lt = r.datasets?.large?.ticks;
  if (t || lt) {
    h('Ticks: the app against the floor page (one checkbox, one IndexedDB write)');
    if (t?.cpu1x) renderTicks(out, '1× CPU, first-run dashboard', t.cpu1x);
    if (t?.cpu4x) renderTicks(out, `${throttle.cpuSlowdown}× CPU, first-run dashboard`, t.cpu4x);
    if (lt) renderTicks(out, `${throttle.cpuSlowdown}× CPU, large dataset`, lt);
    out.push(
      '',
      'main-thread figures: CDP Performance.getMetrics ScriptDuration / TaskDuration over each block ÷ ticks (the measuring code included, equally on both pages).',
    );
  }

  if (r.datasets?.empty?.dashboard) {
    h(`Large dataset: warm reloads (SW, offline, ${throttle.cpuSlowdown}× CPU), median (min–max) of ${r.options.runs}`);
    renderDatasets(out, r.datasets, r.options.runs);
  }

  if (r.lighthouse) {
    h(
      `Lighthouse ${r.lighthouse.lighthouseVersion ?? ''} (mobile preset, simulated throttling), median (min–max) of ${r.lighthouse.runs} run(s)`,
    );
    renderLighthouse(out, r.lighthouse);
  }

  const sc = r.scale;
  if (sc) {
    h('Domain computations in Node (1× CPU), median per call');
    out.push(
      table(
        ['computation', 'at 1k', 'at 10k', '10k / 1k'],
        sc.results.map((x) => [x.name, fmtMs(x.ms1k, 3), fmtMs(x.ms10k, 3), fmtRatio(x.ratio)]),
      ),
    );
    out.push('1k/10k = items (100 per phase) for the roadmap computations, daily sessions for the study-log ones. ×≈10 = linear.');
  }

  h('Targets');
  const targets = r.targets ?? computeTargets(r);
  out.push(
    table(
      ['', 'target', 'measured', 'margin'],
      targets.map((x) => [verdict(x.ok), x.name, x.value ?? 'n/a', x.margin ?? '']),
    ),
  );
  if (r.shortened?.length) {
    h('Shortened to keep within the time limit (fewer samples, same method)');
    for (const line of r.shortened) out.push(line);
  }
  if (r.errors.length) {
    h('Errors (these figures are missing)');
    for (const e of r.errors) out.push(`${e.section}: ${e.message}`);
  }
  return out.join('\n');
}
