import { db } from './database';
import { nextStamp, nextUpdatedAt } from './clock';
import { writeTransaction } from './write';
import type { Plan, PlanRecord } from '../domain/records';

/**
 * Saves a plan (checked by the command plan.save against the roadmap's phases). With
 * `keepPrevious` the plan being replaced is kept so the change can be undone (re-plan from today);
 * an ordinary edit keeps whatever undo point already exists.
 */
export async function savePlan(roadmapId: string, plan: Plan, options: { keepPrevious?: boolean; now?: number } = {}): Promise<PlanRecord> {
  const now = options.now ?? Date.now();
  return writeTransaction([db.plans], async () => {
    const stored = await db.plans.get(roadmapId);
    const existing = stored?.deletedAt === null ? stored : undefined;
    const record: PlanRecord = {
      roadmapId,
      plan,
      previous: options.keepPrevious ? (existing?.plan ?? null) : (existing?.previous ?? null),
      updatedAt: nextUpdatedAt(now, stored?.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    };
    await db.plans.put(record);
    return record;
  });
}

/** Restores the plan that the last re-plan replaced. Returns false when there is nothing to undo. */
export async function undoReplan(roadmapId: string, now: number = Date.now()): Promise<boolean> {
  return writeTransaction([db.plans], async () => {
    const existing = await db.plans.get(roadmapId);
    if (!existing?.previous || existing.deletedAt !== null) return false;
    await db.plans.put({
      roadmapId,
      plan: existing.previous,
      previous: null,
      updatedAt: nextUpdatedAt(now, existing.updatedAt),
      deletedAt: null,
      hlc: await nextStamp(now),
    });
    return true;
  });
}

/** Removes the plan (tombstone): the roadmap is followed without dates again; ticks are untouched. */
export async function removePlan(roadmapId: string, now: number = Date.now()): Promise<void> {
  await writeTransaction([db.plans], async () => {
    const existing = await db.plans.get(roadmapId);
    if (!existing || existing.deletedAt !== null) return;
    const updatedAt = nextUpdatedAt(now, existing.updatedAt);
    await db.plans.put({ ...existing, previous: null, updatedAt, deletedAt: updatedAt, hlc: await nextStamp(now) });
  });
}

export { readPlan } from './queries';
