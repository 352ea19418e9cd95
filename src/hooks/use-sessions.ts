import { useLiveQuery } from 'dexie-react-hooks';
import { listSessions } from '../db/sessions-repo';
import type { StudySessionRecord } from '../domain/records';

/** Live study sessions of a roadmap, newest first; undefined while loading. */
export function useSessions(roadmapId: string): StudySessionRecord[] | undefined {
  return useLiveQuery(() => listSessions(roadmapId), [roadmapId]);
}
