import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Roadmap } from '../content/types';
import { healthcareAiRoadmap } from '../content/healthcare-ai-roadmap';
import { credentialsTrack } from '../content/credentials-track';
import { readActiveRoadmapId, readStoredRoadmap } from '../db/roadmap-repo';

export const BUILT_IN_ROADMAPS: readonly Roadmap[] = [healthcareAiRoadmap, credentialsTrack];

export type ActiveRoadmap =
  | { state: 'loading' }
  | { state: 'ready'; roadmap: Roadmap; isBuiltIn: boolean }
  /** The stored roadmap no longer passes validation; the app falls back to the default one. */
  | { state: 'invalid'; roadmap: Roadmap; isBuiltIn: true; error: string };

/** The roadmap the user follows: a built-in one or one imported from a file (validated again on load). */
export function useActiveRoadmap(): ActiveRoadmap {
  const stored = useLiveQuery(async () => {
    const id = (await readActiveRoadmapId()) ?? healthcareAiRoadmap.id;
    const builtIn = BUILT_IN_ROADMAPS.find((roadmap) => roadmap.id === id);
    return builtIn ? { builtIn } : { record: await readStoredRoadmap(id) };
  }, []);
  const [imported, setImported] = useState<{ document: unknown; result: ActiveRoadmap } | null>(null);

  const document = stored && 'record' in stored ? stored.record?.roadmap : undefined;
  useEffect(() => {
    if (document === undefined) return;
    let isCurrent = true;
    // The schema code loads only for people who follow an imported roadmap.
    void import('../domain/roadmap-schema').then(({ parseRoadmapDocument }) => {
      if (!isCurrent) return;
      const parsed = parseRoadmapDocument(document);
      setImported({
        document,
        result: parsed.ok
          ? { state: 'ready', roadmap: parsed.roadmap, isBuiltIn: false }
          : { state: 'invalid', roadmap: healthcareAiRoadmap, isBuiltIn: true, error: parsed.error },
      });
    });
    return () => {
      isCurrent = false;
    };
  }, [document]);

  if (!stored) return { state: 'loading' };
  if ('builtIn' in stored && stored.builtIn) return { state: 'ready', roadmap: stored.builtIn, isBuiltIn: true };
  if (document === undefined) return { state: 'ready', roadmap: healthcareAiRoadmap, isBuiltIn: true };
  if (imported && imported.document === document) return imported.result;
  return { state: 'loading' };
}
