import { useEffect, useState } from 'react';
import type { InterviewQuestion } from '../content/types';
import { hasQuestionBank, loadQuestionBank } from '../content/question-bank';

/**
 * The extra interview questions of a roadmap, loaded lazily. Undefined while loading; an empty list
 * when the roadmap has none, or when the chunk could not be loaded (offline before it was cached):
 * views then work with the roadmap's own questions instead of waiting forever.
 */
export function useQuestionBank(roadmapId: string): readonly InterviewQuestion[] | undefined {
  const [loaded, setLoaded] = useState<{ roadmapId: string; bank: InterviewQuestion[] } | null>(null);
  const needsBank = hasQuestionBank(roadmapId);
  useEffect(() => {
    if (!needsBank) return;
    let isCurrent = true;
    loadQuestionBank(roadmapId).then(
      (bank) => isCurrent && setLoaded({ roadmapId, bank }),
      () => isCurrent && setLoaded({ roadmapId, bank: [] }),
    );
    return () => {
      isCurrent = false;
    };
  }, [roadmapId, needsBank]);
  if (!needsBank) return [];
  return loaded?.roadmapId === roadmapId ? loaded.bank : undefined;
}
