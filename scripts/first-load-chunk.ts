// Rolldown code splitting for the first view: every module that the entry imports statically
// (directly or through other modules) goes into one chunk, "first-view". Left alone, modules that
// the first view shares with lazily loaded views each become a small chunk of their own: about
// 25 files of first-load JavaScript, 0.1–3 KB each, every one a request (and, on a phone network,
// a round trip) before the dashboard can start. One chunk is the same bytes in one request;
// lazily loaded views still load on first use and import what they share from it.
import type { Plugin } from 'vite';

interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

/** Whether `id` is reached from an entry through static imports only. */
function isFirstLoad(id: string, graph: ModuleGraph, known: Map<string, boolean>): boolean {
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  known.set(id, false); // an import cycle does not prove anything
  const info = graph.getModuleInfo(id);
  const result = Boolean(info && (info.isEntry || info.importers.some((importer) => isFirstLoad(importer, graph, known))));
  known.set(id, result);
  return result;
}

/** `build.rolldownOptions.output.codeSplitting` for the app's client build. */
export function firstViewCodeSplitting() {
  const known = new Map<string, boolean>();
  return {
    groups: [
      {
        debugName: 'first-view',
        name: (id: string, graph: ModuleGraph) => (isFirstLoad(id, graph, known) ? 'first-view' : null),
      },
    ],
  };
}

/** The same as a plugin, for the client build only (the prerender's module runner needs none). */
export function splitFirstView(): Plugin {
  return {
    name: 'split-first-view',
    apply: 'build',
    config: (config) =>
      config.build?.ssr ? undefined : { build: { rolldownOptions: { output: { codeSplitting: firstViewCodeSplitting() } } } },
  };
}
