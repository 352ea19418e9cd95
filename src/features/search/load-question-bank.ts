import type { InterviewQuestion } from '../../content/types';

/** Only this roadmap has the app's extra interview bank (the practice view follows the same rule). */
const QUESTION_BANK_ROADMAP_ID = 'healthcare-ai-specialist';

export function hasQuestionBank(roadmapId: string): boolean {
  return roadmapId === QUESTION_BANK_ROADMAP_ID;
}

/** The extra interview bank, loaded on demand so the first load of the app stays small. */
export async function loadQuestionBank(roadmapId: string): Promise<InterviewQuestion[]> {
  if (!hasQuestionBank(roadmapId)) return [];
  const { interviewBank } = await import('../../content/interview-bank');
  return interviewBank;
}
