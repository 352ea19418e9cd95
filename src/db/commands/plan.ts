/** The study plan: save, re-plan from today, undo, remove. A plan is checked against its roadmap's phases. */
import * as v from 'valibot';
import { loadOverlaidRoadmap, loadRoadmap } from '../roadmap-lookup';
import { readPlan, removePlan, savePlan, undoReplan } from '../plan-repo';
import { readRoadmapState } from '../progress-repo';
import { identifier, studyDay } from '../../domain/schemas/fields';
import { planSaveSchema } from '../../domain/schemas/plan';
import { computeRoadmapProgress } from '../../domain/progress';
import { replanFromToday, validatePlan } from '../../domain/plan';
import { InvalidInputError } from '../../domain/errors';
import type { Plan } from '../../domain/records';
import { command, type CommandGroup } from './define';

const roadmapIdSchema = v.object({ roadmapId: identifier() });

async function phasesOf(roadmapId: string) {
  const roadmap = await loadRoadmap(roadmapId);
  if (!roadmap) throw new InvalidInputError('That roadmap is no longer on this device.');
  return roadmap.phases;
}

/** A plan is checked against the phases of its roadmap: enough days for each, and not past 2100. */
async function savePlanChecked(roadmapId: string, plan: Plan, keepPrevious: boolean, now: number) {
  const phases = await phasesOf(roadmapId);
  const unknown = Object.keys(plan.phaseDays).find((phaseId) => !phases.some((phase) => phase.id === phaseId));
  if (unknown !== undefined) throw new InvalidInputError('The plan names a phase this roadmap does not have.');
  const problems = validatePlan(plan, phases);
  if (problems[0] !== undefined) throw new InvalidInputError(problems[0]);
  return savePlan(roadmapId, plan, { keepPrevious, now });
}

export const planCommands = {
  'plan.save': command(planSaveSchema, ({ roadmapId, plan, keepPrevious }, { now }) => savePlanChecked(roadmapId, plan, keepPrevious, now)),

  'plan.replan': command(v.object({ roadmapId: identifier(), today: studyDay('today') }), async ({ roadmapId, today }, { now }) => {
    const [record, roadmap] = await Promise.all([readPlan(roadmapId), loadOverlaidRoadmap(roadmapId)]);
    if (!record) throw new InvalidInputError('There is no plan to re-plan yet; set a start date first.');
    if (!roadmap) throw new InvalidInputError('That roadmap is no longer on this device.');
    const state = await readRoadmapState(roadmapId);
    const counts = computeRoadmapProgress(roadmap, state.progress).phases.map(({ phaseId, done, total }) => ({ phaseId, done, total }));
    const result = replanFromToday(roadmap.phases, record.plan, counts, today);
    if (!result.ok) throw new InvalidInputError(result.errors.join(' '));
    if (!result.isChanged) return { isChanged: false as const };
    await savePlanChecked(roadmapId, result.plan, true, now);
    return { isChanged: true as const };
  }),

  'plan.undo': command(roadmapIdSchema, ({ roadmapId }, { now }) => undoReplan(roadmapId, now)),

  'plan.remove': command(roadmapIdSchema, ({ roadmapId }, { now }) => removePlan(roadmapId, now)),
} satisfies CommandGroup;
