import { db } from './database';
import { guardStorage } from './storage-errors';
import type { Plan, PlanRecord } from '../domain/records';

/** The stored plan of a roadmap, or undefined when the user has not set one yet. */
export async function readPlan(roadmapId: string): Promise<PlanRecord | undefined> {
  return db.plans.get(roadmapId);
}

/**
 * Saves a plan. With `keepPrevious` the plan being replaced is kept so the change can be undone
 * (re-plan from today); an ordinary edit keeps whatever undo point already exists.
 */
export async function savePlan(roadmapId: string, plan: Plan, options: { keepPrevious?: boolean; now?: number } = {}): Promise<PlanRecord> {
  const now = options.now ?? Date.now();
  return guardStorage(() =>
    db.transaction('rw', db.plans, async () => {
      const existing = await db.plans.get(roadmapId);
      const record: PlanRecord = {
        roadmapId,
        plan,
        previous: options.keepPrevious ? (existing?.plan ?? null) : (existing?.previous ?? null),
        updatedAt: Math.max(now, (existing?.updatedAt ?? 0) + 1),
      };
      await db.plans.put(record);
      return record;
    }),
  );
}

/** Restores the plan that the last re-plan replaced. Returns false when there is nothing to undo. */
export async function undoReplan(roadmapId: string, now: number = Date.now()): Promise<boolean> {
  return guardStorage(() =>
    db.transaction('rw', db.plans, async () => {
      const existing = await db.plans.get(roadmapId);
      if (!existing?.previous) return false;
      await db.plans.put({
        roadmapId,
        plan: existing.previous,
        previous: null,
        updatedAt: Math.max(now, existing.updatedAt + 1),
      });
      return true;
    }),
  );
}
