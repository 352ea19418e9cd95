import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Roadmap } from '../content/types';
import { healthcareAiRoadmap } from '../content/healthcare-ai-roadmap';
import { credentialsTrack } from '../content/credentials-track';
import { readActiveRoadmapHint, readActiveRoadmapId, readStoredRoadmap, rememberActiveRoadmapHint } from '../db/roadmap-repo';
import { useUiStore } from '../store/ui-store';

export const BUILT_IN_ROADMAPS: readonly Roadmap[] = [healthcareAiRoadmap, credentialsTrack];

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

/** The roadmap the user follows: a built-in one or one imported from a file (validated again on load). */
export function useActiveRoadmap(): ActiveRoadmap {
  const stored = useLiveQuery(async () => {
    // Without usable storage the default roadmap is shown; the storage banner says why.
    const id = (await readActiveRoadmapId().catch(() => undefined)) ?? healthcareAiRoadmap.id;
    const builtIn = BUILT_IN_ROADMAPS.find((roadmap) => roadmap.id === id);
    return builtIn ? { builtIn } : { record: await readStoredRoadmap(id) };
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
    void import('../domain/roadmap-schema').then(({ parseRoadmapDocument }) => {
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
    const hinted = BUILT_IN_ROADMAPS.find((roadmap) => roadmap.id === (readActiveRoadmapHint() ?? healthcareAiRoadmap.id));
    if (hinted) return { state: 'ready', roadmap: hinted, isBuiltIn: true };
    return isUnavailable ? { state: 'ready', roadmap: healthcareAiRoadmap, isBuiltIn: true } : { state: 'loading' };
  }
  if ('builtIn' in stored && stored.builtIn) return { state: 'ready', roadmap: stored.builtIn, isBuiltIn: true };
  if (!record || !version) return { state: 'ready', roadmap: healthcareAiRoadmap, isBuiltIn: true };
  if (parsed && parsed.version === version) return parsed.result;
  return { state: 'loading' };
}
