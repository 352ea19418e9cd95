import { useMemo } from 'react';
import type { Roadmap } from '../../content/types';
import { useStoredRoadmaps } from '../../hooks/use-stored-data';
import { parseRoadmapDocument } from '../../domain/roadmap-schema';

/** An imported roadmap as the list shows it; one that no longer validates can still be removed. */
export type ImportedRoadmap = { id: string; importedAt: number; updatedAt: number } & (
  { isValid: true; roadmap: Roadmap } | { isValid: false; error: string }
);

/** Live list of imported roadmaps, oldest import first, each validated again. Undefined while loading. */
export function useImportedRoadmaps(): ImportedRoadmap[] | undefined {
  const records = useStoredRoadmaps();
  return useMemo(
    () =>
      records
        ?.map((record): ImportedRoadmap => {
          const parsed = parseRoadmapDocument(record.roadmap);
          const base = { id: record.id, importedAt: record.importedAt, updatedAt: record.updatedAt };
          return parsed.ok ? { ...base, isValid: true, roadmap: parsed.roadmap } : { ...base, isValid: false, error: parsed.error };
        })
        .sort((a, b) => a.importedAt - b.importedAt || a.id.localeCompare(b.id)),
    [records],
  );
}
