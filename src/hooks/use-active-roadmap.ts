import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Roadmap } from '../content/types';
import { healthcareAiRoadmap } from '../content/healthcare-ai-roadmap';
import { readActiveRoadmapHint, readActiveRoadmapId, readStoredRoadmap, rememberActiveRoadmapHint } from '../db/queries';
import { useUiStore } from '../store/ui-store';
import { prefetchRoadmapRecords } from './use-live-records';

const loadRoadmapSchema = () => import('../domain/roadmap-schema');

/** The built-in roadmaps other than the main one load their content when followed. */
// tests/unit/content/roadmap.test.ts pins this id.
const CREDENTIALS_TRACK_ID = 'credentials-degree-track';
const loadCredentialsTrack = () => import('../content/credentials-track').then((module) => module.credentialsTrack);
let credentialsTrack: Roadmap | undefined;

/** A built-in roadmap by id: at once when its content is loaded, else a promise of it; undefined when none has that id. */
function builtInRoadmap(id: string): Roadmap | Promise<Roadmap> | undefined {
  if (id === healthcareAiRoadmap.id) return healthcareAiRoadmap;
  if (id !== CREDENTIALS_TRACK_ID) return undefined;
  return (
    credentialsTrack ??
    loadCredentialsTrack().then((roadmap) => {
      credentialsTrack = roadmap;
      return roadmap;
    })
  );
}

export type ActiveRoadmap =
  | { state: 'loading' }
  | { state: 'ready'; roadmap: Roadmap; isBuiltIn: boolean }
  /** The stored roadmap no longer passes validation; the app falls back to the default one. */
  | { state: 'invalid'; roadmap: Roadmap; isBuiltIn: true; error: string };

interface ParsedImport {
  /** Which stored version this parse belongs to: id and updatedAt, not object identity (every read is a fresh copy). */
  version: string;
  result: ActiveRoadmap;
}

/**
 * Starts reading what the first view of the roadmap followed last time needs (its progress,
 * notes and overlay; for an imported one also its schema code), before React has rendered
 * anything: the reads run while the page hydrates, so the checklist waits for neither.
 */
export function prefetchActiveRoadmap(): void {
  const hinted = readActiveRoadmapHint() ?? healthcareAiRoadmap.id;
  prefetchRoadmapRecords(hinted);
  if (!builtInRoadmap(hinted)) void loadRoadmapSchema();
}

/** The roadmap the user follows: a built-in one or one imported from a file (validated again on load). */
export function useActiveRoadmap(): ActiveRoadmap {
  const stored = useLiveQuery(async () => {
    // Without usable storage the default roadmap is shown; the storage banner says why.
    const id = (await readActiveRoadmapId().catch(() => undefined)) ?? healthcareAiRoadmap.id;
    const builtIn = builtInRoadmap(id);
    // Not a Dexie promise: Promise.resolve keeps the live query's context (Dexie's rule for other awaits).
    return builtIn ? { builtIn: await Promise.resolve(builtIn) } : { record: await readStoredRoadmap(id) };
  }, []);
  const [parsed, setParsed] = useState<ParsedImport | null>(null);
  // With no IndexedDB at all a live query never answers: show the default roadmap.
  const isUnavailable = useUiStore((state) => state.storage.state === 'unavailable');

  const record = stored && 'record' in stored ? stored.record : undefined;
  const storedId = stored ? ('builtIn' in stored && stored.builtIn ? stored.builtIn.id : (record?.id ?? healthcareAiRoadmap.id)) : null;
  useEffect(() => {
    if (storedId) rememberActiveRoadmapHint(storedId);
  }, [storedId]);
  const version = record ? `${record.id}@${record.updatedAt}` : null;
  useEffect(() => {
    if (!record || !version || parsed?.version === version) return;
    let isCurrent = true;
    // The schema code loads only for people who follow an imported roadmap.
    void loadRoadmapSchema().then(({ parseRoadmapDocument }) => {
      if (!isCurrent) return;
      const result = parseRoadmapDocument(record.roadmap);
      setParsed({
        version,
        result: result.ok
          ? { state: 'ready', roadmap: result.roadmap, isBuiltIn: false }
          : { state: 'invalid', roadmap: healthcareAiRoadmap, isBuiltIn: true, error: result.error },
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [record, version, parsed?.version]);

  if (!stored) {
    // Until the stored choice answers, trust the hint when it names a built-in roadmap (the
    // usual case), so the progress read can start at once; the stored choice wins when it arrives.
    const hinted = builtInRoadmap(readActiveRoadmapHint() ?? healthcareAiRoadmap.id);
    if (hinted && !(hinted instanceof Promise)) return { state: 'ready', roadmap: hinted, isBuiltIn: true };
    return isUnavailable ? { state: 'ready', roadmap: healthcareAiRoadmap, isBuiltIn: true } : { state: 'loading' };
  }
  if ('builtIn' in stored && stored.builtIn) return { state: 'ready', roadmap: stored.builtIn, isBuiltIn: true };
  if (!record || !version) return { state: 'ready', roadmap: healthcareAiRoadmap, isBuiltIn: true };
  if (parsed && parsed.version === version) return parsed.result;
  return { state: 'loading' };
}
