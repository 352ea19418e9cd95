import type { InterviewQuestion } from './types';

/** Only this roadmap has the app's own interview question bank; every roadmap keeps its own interviewQuestions. */
export const QUESTION_BANK_ROADMAP_ID = 'healthcare-ai-specialist';

export function hasQuestionBank(roadmapId: string): boolean {
  return roadmapId === QUESTION_BANK_ROADMAP_ID;
}

/** The extra question bank, loaded on demand so the first load of the app stays small. */
export async function loadQuestionBank(roadmapId: string): Promise<InterviewQuestion[]> {
  if (!hasQuestionBank(roadmapId)) return [];
  const { interviewBank } = await import('./interview-bank');
  return interviewBank;
}
