import { useLiveQuery } from 'dexie-react-hooks';
import { readPlan } from '../db/plan-repo';
import type { PlanRecord } from '../domain/records';

/** The stored plan: undefined while loading, null when the user has not made one. */
export function usePlan(roadmapId: string): PlanRecord | null | undefined {
  const result = useLiveQuery(async () => ({ record: (await readPlan(roadmapId)) ?? null }), [roadmapId]);
  return result?.record;
}
