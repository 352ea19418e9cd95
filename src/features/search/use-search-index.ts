import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { InterviewQuestion, Roadmap } from '../../content/types';
import { readSearchSources } from '../../db/search-repo';
import { buildSearchIndex, type SearchCardSource, type SearchIndex } from '../../domain/search';
import { hasQuestionBank, loadQuestionBank } from '../../content/question-bank';

function useQuestionBank(roadmapId: string): readonly InterviewQuestion[] | undefined {
  const [loaded, setLoaded] = useState<{ roadmapId: string; bank: InterviewQuestion[] } | null>(null);
  const needsBank = hasQuestionBank(roadmapId);
  useEffect(() => {
    if (!needsBank) return;
    let isCurrent = true;
    loadQuestionBank(roadmapId).then(
      (bank) => isCurrent && setLoaded({ roadmapId, bank }),
      // Search still works without the bank's cards (e.g. a chunk that failed to load offline).
      () => isCurrent && setLoaded({ roadmapId, bank: [] }),
    );
    return () => {
      isCurrent = false;
    };
  }, [roadmapId, needsBank]);
  if (!needsBank) return [];
  return loaded?.roadmapId === roadmapId ? loaded.bank : undefined;
}

/** The search index of a roadmap and the user's data, rebuilt on every committed change; undefined while loading. */
export function useSearchIndex(roadmap: Roadmap): SearchIndex | undefined {
  const bank = useQuestionBank(roadmap.id);
  const sources = useLiveQuery(() => readSearchSources(roadmap.id), [roadmap.id]);
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
