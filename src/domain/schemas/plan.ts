/**
 * The study plan of one roadmap: start date, target (as written or finish by a date), weekly
 * hours, per-phase lengths. Rules that need the roadmap's phases (enough days per phase, the plan
 * ending by the last study day) are in domain/plan.ts, checkPlanForPhases.
 */
import * as v from 'valibot';
import { LIMITS, expected, hlcStamp, identifier, plainObject, studyDay, timestamp, tombstone, wholeNumber } from './fields';
import { describeJsonValue } from '../untrusted-json';

const L = LIMITS;

export const PHASE_DAYS_MESSAGE = `A phase can last from 1 to ${L.phaseDays.toLocaleString('en-US')} days (ten years).`;
export const HOURS_MESSAGE = `Hours per week must be more than 0 and at most ${L.hoursPerWeek}.`;

const planTargetSchema = v.variant(
  'mode',
  [
    v.object({ mode: v.literal('as-written') }, expected('an object')),
    v.object({ mode: v.literal('finish-by'), finishBy: studyDay('the finish-by date') }, expected('an object')),
  ],
  (issue) =>
    issue.input === undefined
      ? 'is missing'
      : issue.received.startsWith('"') || issue.received === 'undefined'
        ? 'expected mode "as-written" or "finish-by"'
        : `expected an object, got ${describeJsonValue(issue.input)}`,
);

export const planSchema = v.object(
  {
    startDate: studyDay('the start date'),
    target: planTargetSchema,
    hoursPerWeek: v.nullable(
      v.pipe(v.number(HOURS_MESSAGE), v.finite(HOURS_MESSAGE), v.gtValue(0, HOURS_MESSAGE), v.maxValue(L.hoursPerWeek, HOURS_MESSAGE)),
    ),
    phaseDays: v.pipe(
      plainObject(),
      v.record(identifier(), wholeNumber(1, L.phaseDays, PHASE_DAYS_MESSAGE), expected('an object')),
      v.check((days) => Object.keys(days).length <= L.phasesPerPlan, `has more than ${L.phasesPerPlan} phases`),
    ),
  },
  expected('an object'),
);

export type PlanInput = v.InferInput<typeof planSchema>;

export const planSaveSchema = v.object({
  roadmapId: identifier(),
  plan: planSchema,
  /** Keep the plan being replaced so the change can be undone. */
  keepPrevious: v.optional(v.boolean(), false),
});

export const planRecordSchema = v.object(
  {
    roadmapId: identifier(),
    plan: planSchema,
    previous: v.nullable(planSchema),
    updatedAt: timestamp,
    deletedAt: tombstone,
    hlc: hlcStamp,
  },
  expected('an object'),
);
