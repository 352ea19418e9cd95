// Functions that run inside the page (serialized by Playwright). They must not close over
// anything from this module.

/** Accessible names of the lists the bench waits for (dashboard, phase view). */
export const LIST_NAMES = ['Current phase checklist', 'Goals'];

/**
 * Init script, run before any of the page's own scripts on every navigation. Records, relative to
 * navigation start (performance.now()):
 * - the first list in `names` to get a checkbox: when that checkbox entered the DOM (`domAt`),
 *   and the end of the first frame rendered after that (`frameAt`: a rAF callback, then a task;
 *   style, layout and paint of that frame are done by then). That is "first checklist visible".
 *   Nothing here forces a layout; the harness checks afterwards, by role, that the checkbox is
 *   really visible. The observer disconnects once found, so it costs nothing afterwards.
 * - long tasks (≥ 50 ms) and long animation frames, buffered from navigation start.
 * A list's name is its aria-label, or the text of the elements its aria-labelledby points to.
 * Only a list that shows saved state counts: not inside an `inert` subtree (the prerendered
 * "Loading your progress…" skeleton), not `aria-busy="true"`, with an enabled checkbox. The
 * observer also watches those attributes, so a skeleton that turns live in place is seen.
 */
export function benchInitScript(names) {
  const state = { lists: {}, longTasks: [], loafs: [] };
  Object.defineProperty(window, 'benchState', { value: state, configurable: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* not supported */
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.loafs.push([e.startTime, e.duration, e.blockingDuration ?? 0]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    /* not supported */
  }
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    if (!by) return '';
    return by
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  };
  let observer = null;
  const check = () => {
    for (const list of document.querySelectorAll('ul, ol, [role="list"]')) {
      const name = nameOf(list);
      if (!names.includes(name) || state.lists[name]) continue;
      if (list.closest('[inert], [aria-busy="true"]')) continue;
      const box = list.querySelector('input[type="checkbox"]:not(:disabled)');
      if (!box) continue;
      const entry = { domAt: performance.now(), frameAt: null, isChecked: box.checked };
      state.lists[name] = entry;
      requestAnimationFrame(() =>
        setTimeout(() => {
          entry.frameAt = performance.now();
        }, 0),
      );
      observer?.disconnect();
      document.removeEventListener('DOMContentLoaded', check);
      return;
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['inert', 'aria-busy', 'disabled'] });
  document.addEventListener('DOMContentLoaded', check);
}

/** Reads the figures of the current load once `listName`'s first checkbox frame was recorded. */
export function readLoadMetrics(listName) {
  const state = window.benchState;
  const entry = state.lists[listName];
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const resources = performance.getEntriesByType('resource');
  const until = entry.frameAt;
  const tasks = state.longTasks.filter(([start]) => start <= until);
  const loafs = state.loafs.filter(([start]) => start <= until);
  return {
    fcp: fcp ? fcp.startTime : null,
    checkboxDom: entry.domAt,
    checkboxVisible: entry.frameAt,
    firstCheckboxChecked: entry.isChecked,
    responseStart: nav ? nav.responseStart : null,
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    fromServiceWorker: nav ? nav.workerStart > 0 : null,
    transferBytes: (nav ? nav.transferSize : 0) + resources.reduce((n, r) => n + (r.transferSize || 0), 0),
    encodedBytes: (nav ? nav.encodedBodySize : 0) + resources.reduce((n, r) => n + (r.encodedBodySize || 0), 0),
    decodedBytes: (nav ? nav.decodedBodySize : 0) + resources.reduce((n, r) => n + (r.decodedBodySize || 0), 0),
    requests: resources.length + 1,
    longestTaskBeforeVisible: tasks.reduce((m, [, d]) => Math.max(m, d), 0),
    longTasksBeforeVisible: tasks.length,
    blockingBeforeVisible: tasks.reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
    longestFrameBeforeVisible: loafs.reduce((m, [, d]) => Math.max(m, d), 0),
    domNodes: document.getElementsByTagName('*').length,
    checkboxes: document.querySelectorAll('input[type="checkbox"]').length,
  };
}

/** Resolves once a service worker controls the page (or rejects after `timeout` ms). */
export async function waitForControl(timeout) {
  const work = (async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  })();
  let timer;
  const timedOut = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no service worker controlled the page within ${timeout} ms`)), timeout);
  });
  try {
    await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Writes records straight into the app's IndexedDB (raw API, current version; the app must have
 * opened the database once so its schema exists). `stores` maps object store name → records;
 * stores listed in `clear` are emptied first. One transaction: all or nothing.
 */
export async function seedDatabase({ stores, clear }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('roadmap-tracker');
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
    request.addEventListener('upgradeneeded', () => reject(new Error('the app has not created its database yet')));
  });
  try {
    const names = Object.keys(stores);
    const missing = names.filter((n) => !db.objectStoreNames.contains(n));
    if (missing.length) throw new Error(`object stores missing: ${missing.join(', ')}`);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) {
        const store = tx.objectStore(name);
        if (clear.includes(name)) store.clear();
        for (const record of stores[name]) store.put(record);
      }
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('error', () => reject(tx.error));
      tx.addEventListener('abort', () => reject(tx.error ?? new Error('transaction aborted')));
    });
    const counts = {};
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve, reject) => {
            const request = db.transaction(name).objectStore(name).count();
            request.addEventListener('success', () => {
              counts[name] = request.result;
              resolve();
            });
            request.addEventListener('error', () => reject(request.error));
          }),
      ),
    );
    return { version: db.version, counts };
  } finally {
    db.close();
  }
}

/**
 * Ticks the first checkbox of the list named `listName` back and forth `ticks` times, waiting for
 * the main thread to be idle before each click. Per tick:
 * - handler: the synchronous part of the click (event dispatch and handlers);
 * - frame: click → end of the next rendered frame (the tick is on screen);
 * - committed: click → the checkbox is checked as wanted with aria-busy="false" (the IndexedDB
 *   transaction committed and the UI shows the saved state);
 * - busyOff: click → aria-busy back to "false" (the write promise resolved);
 * - flicker: aria-busy went back to "false" while the checkbox still showed the old state
 *   (flickerMs: how long the old state was shown before the saved one arrived).
 * Long tasks and long animation frames are observed while ticking.
 */
export async function tickChecklist({ listName, ticks, timeoutMs }) {
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const by = el.getAttribute('aria-labelledby');
    return by
      ? by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      : '';
  };
  const list = [...document.querySelectorAll('ul, ol, [role="list"]')].find((l) => nameOf(l) === listName && !l.closest('[inert]'));
  if (!list) throw new Error(`no list named "${listName}"`);
  const firstBox = list.querySelector('input[type="checkbox"]');
  if (!firstBox) throw new Error(`list "${listName}" has no checkbox`);
  const itemId = firstBox.closest('[data-item-id]')?.getAttribute('data-item-id');
  const find = () =>
    itemId
      ? list.querySelector(`[data-item-id="${CSS.escape(itemId)}"] input[type="checkbox"]`)
      : list.querySelector('input[type="checkbox"]');

  const longTasks = [];
  const loafs = [];
  const observers = [];
  for (const [type, sink] of [
    ['longtask', longTasks],
    ['long-animation-frame', loafs],
  ]) {
    try {
      const po = new PerformanceObserver((entries) => {
        for (const e of entries.getEntries()) sink.push(e.duration);
      });
      po.observe({ type });
      observers.push(po);
    } catch {
      /* not supported */
    }
  }
  const idle = () => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }));
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

  const results = [];
  let timeouts = 0;
  for (let i = 0; i < ticks; i += 1) {
    await idle();
    await nextFrame();
    const box = find();
    if (!box) throw new Error('the ticked checkbox disappeared');
    const want = !box.checked;
    let flicker = false;
    let busyOffAt = null;
    let flickerAt = null;
    let mo;
    let timer;
    const committed = new Promise((resolve) => {
      const test = () => {
        const el = find();
        if (!el) return false;
        const busy = el.getAttribute('aria-busy');
        if (busy === 'false' && busyOffAt === null) busyOffAt = performance.now();
        if (busy === 'false' && el.checked !== want && !flicker) {
          flicker = true;
          flickerAt = performance.now();
        }
        if (busy === 'false' && el.checked === want) {
          resolve(performance.now());
          return true;
        }
        return false;
      };
      mo = new MutationObserver(() => {
        if (test()) mo.disconnect();
      });
      mo.observe(list, { attributes: true, childList: true, subtree: true, characterData: true });
      timer = setTimeout(() => resolve(null), timeoutMs);
    });
    const t0 = performance.now();
    box.click();
    const handler = performance.now() - t0;
    const frameAt = nextFrame();
    const doneAt = await committed;
    mo.disconnect();
    clearTimeout(timer);
    const frame = (await frameAt) - t0;
    if (doneAt === null) timeouts += 1;
    results.push({
      handler,
      frame,
      busyOff: busyOffAt === null ? null : busyOffAt - t0,
      committed: doneAt === null ? null : doneAt - t0,
      flicker,
      flickerMs: flicker && doneAt !== null ? doneAt - flickerAt : null,
    });
  }
  // Let the last write's follow-up work (live query re-read, re-render) show up in the observers.
  await idle();
  await new Promise((resolve) => setTimeout(resolve, 200));
  observers.forEach((po) => po.disconnect());
  return {
    itemId,
    results,
    timeouts,
    longTasks,
    longAnimationFrames: loafs,
    finalChecked: find()?.checked ?? null,
  };
}

/**
 * A copy of the rendered page with no JavaScript: scripts, module preloads and the manifest link
 * removed, everything else (markup, stylesheet links) as rendered.
 */
export function snapshotStaticHtml() {
  const root = document.documentElement.cloneNode(true);
  root.querySelectorAll('script, link[rel="modulepreload"], link[rel="manifest"]').forEach((node) => node.remove());
  return `<!doctype html>\n${root.outerHTML}\n`;
}
