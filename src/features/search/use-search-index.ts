import { useMemo } from 'react';
import type { Roadmap } from '../../content/types';
import { buildSearchIndex, type SearchCardSource, type SearchIndex } from '../../domain/search';
import { useQuestionBank } from '../../hooks/use-question-bank';
import { useSearchSources } from '../../hooks/use-stored-data';

/** The search index of a roadmap and the user's data, rebuilt on every committed change; undefined while loading. */
export function useSearchIndex(roadmap: Roadmap): SearchIndex | undefined {
  const bank = useQuestionBank(roadmap.id);
  const sources = useSearchSources(roadmap.id);
  return useMemo(() => {
    if (!sources || !bank) return undefined;
    const cards: SearchCardSource[] = [
      ...[...roadmap.interviewQuestions, ...bank].map((question) => ({ ...question, isOwn: false })),
      ...sources.userCards.map((card) => ({ ...card, isOwn: true })),
    ];
    return buildSearchIndex({
      roadmap,
      progress: sources.progress,
      notes: sources.notes,
      customItems: sources.customItems,
      hiddenItemIds: sources.hiddenItemIds,
      cards,
    });
  }, [roadmap, bank, sources]);
}
