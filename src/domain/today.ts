/**
 * What the top of the home view offers today: the cards due with a time estimate, the next one to
 * three things to study in the current phase (each ready for a one-tap "Start studying"), and this
 * week's minutes against the weekly goal as the data for a ring.
 */
import type { Roadmap } from '../content/types';
import type { CalendarDay } from './calendar-day';
import { applyOverlay } from './overlay';
import { computeRoadmapProgress, listPhaseChecklist, statusOf, type StatusLookup } from './progress';
import type { CustomItemRecord, ItemOverlayRecord, Plan, StudySessionRecord } from './records';
import type { DueSummary } from './review-due';
import { computeConsistency, weeklyMinutes } from './study-stats';
import type { TimerTarget } from './study-timer';

/**
 * Minutes per card, for "about N minutes". Working assumptions, not measurements: a review means
 * reading an interview question, answering it in your head or aloud (a spoken answer to such a
 * question takes about a minute), then revealing the 3–6 point outline, comparing and grading, so
 * about a minute and a half. A new card has nothing familiar yet: the outline is read point by
 * point before the first attempt, so about twice as long.
 */
export const REVIEW_CARD_MINUTES = 1.5;
export const NEW_CARD_MINUTES = 3;
/** More than three suggestions stop being a choice for a short break and become a list. */
export const MAX_SUGGESTIONS = 3;

export interface TodayCards {
  /** Reviewed cards that are due now. */
  due: number;
  /** New cards offered today (already capped by the daily limit). */
  fresh: number;
  total: number;
  /** Whole minutes, rounded up; 0 when nothing is due. */
  estimatedMinutes: number;
}

export interface TodaySuggestion {
  phaseId: string;
  itemId: string;
  kind: 'goal' | 'milestone';
  text: string;
  status: 'in-progress' | 'not-started';
  isOwn: boolean;
  /** What "Start studying" passes to startTimer, together with a new timer id. */
  start: Omit<TimerTarget, 'id'>;
}

export interface TodayPhase {
  id: string;
  number: number;
  title: string;
}

export interface WeekRing {
  /** Monday of the ISO week containing today. */
  weekStart: string;
  minutes: number;
  /** hoursPerWeek × 60, or null without a plan or a weekly goal. */
  goalMinutes: number | null;
  /** minutes ÷ goal, clamped to 0..1; null without a goal. */
  fraction: number | null;
  isGoalMet: boolean;
}

export interface TodaySummary {
  cards: TodayCards;
  /** The first unfinished phase in roadmap order; null when everything is done or skipped. */
  phase: TodayPhase | null;
  suggestions: TodaySuggestion[];
  week: WeekRing;
}

export interface TodayInput {
  /** The roadmap as shipped or imported; the user's overlay is applied here. */
  roadmap: Roadmap;
  customItems: readonly CustomItemRecord[];
  overlays: readonly ItemOverlayRecord[];
  progress: StatusLookup;
  /** From summarizeDue in review-due.ts. */
  cardsDue: Pick<DueSummary, 'due' | 'fresh'>;
  /** Sessions of any roadmap; only this roadmap's count. */
  sessions: readonly StudySessionRecord[];
  plan: Plan | null;
  /** The person's calendar day (useToday). */
  today: CalendarDay;
  /** How many items to suggest; defaults to MAX_SUGGESTIONS. */
  limit?: number;
  /** This week's ring, when the caller keeps it from selectWeek (it changes with sessions, not with ticks). */
  week?: WeekRing;
}

export function estimateCardMinutes(due: number, fresh: number): number {
  const minutes = Math.max(0, due) * REVIEW_CARD_MINUTES + Math.max(0, fresh) * NEW_CARD_MINUTES;
  return Math.ceil(minutes);
}

function summarizeCards({ due, fresh }: Pick<DueSummary, 'due' | 'fresh'>): TodayCards {
  return { due, fresh, total: due + fresh, estimatedMinutes: estimateCardMinutes(due, fresh) };
}

/**
 * The next items of the current phase: in-progress ones first, then not-started ones, each group
 * in roadmap order (goals, the user's own goals, then the milestone). Done, skipped and hidden
 * items are never suggested.
 */
function suggestItems(roadmap: Roadmap, phaseId: string | null, progress: StatusLookup, limit: number): TodaySuggestion[] {
  const phase = roadmap.phases.find((candidate) => candidate.id === phaseId);
  if (!phase || limit <= 0) return [];
  const ownIds = new Set(phase.goals.filter((goal) => goal.isOwn).map((goal) => goal.id));
  const open = listPhaseChecklist(phase).flatMap((item) => {
    const status = statusOf(progress, item.id);
    if (status !== 'in-progress' && status !== 'not-started') return [];
    const suggestion: TodaySuggestion = {
      phaseId: phase.id,
      itemId: item.id,
      kind: item.kind === 'milestone' ? 'milestone' : 'goal',
      text: item.text,
      status,
      isOwn: ownIds.has(item.id),
      start: { roadmapId: roadmap.id, phaseId: phase.id, itemId: item.id },
    };
    return [suggestion];
  });
  const inProgress = open.filter((item) => item.status === 'in-progress');
  const notStarted = open.filter((item) => item.status === 'not-started');
  return [...inProgress, ...notStarted].slice(0, limit);
}

/** This week's study minutes against the plan's weekly goal, from the roadmap's own sessions. */
export function selectWeek({ roadmap, sessions, today, plan }: Pick<TodayInput, 'roadmap' | 'sessions' | 'today' | 'plan'>): WeekRing {
  return summarizeWeek(
    sessions.filter((session) => session.roadmapId === roadmap.id),
    today,
    plan,
  );
}

function summarizeWeek(sessions: readonly StudySessionRecord[], today: string, plan: Plan | null): WeekRing {
  const consistency = computeConsistency(sessions, today, plan?.hoursPerWeek ?? null);
  const [week] = weeklyMinutes(sessions, today, 1);
  const minutes = consistency.thisWeekMinutes;
  const goal = consistency.goalMinutes;
  return {
    weekStart: week?.weekStart ?? today,
    minutes,
    goalMinutes: goal,
    fraction: goal === null ? null : Math.min(1, Math.max(0, minutes / goal)),
    isGoalMet: goal !== null && minutes >= goal,
  };
}

export function selectToday(input: TodayInput): TodaySummary {
  const { roadmap } = applyOverlay(input.roadmap, input.customItems, input.overlays);
  const { currentPhaseId } = computeRoadmapProgress(roadmap, input.progress);
  const current = roadmap.phases.find((phase) => phase.id === currentPhaseId);
  const limit = Math.max(0, Math.floor(input.limit ?? MAX_SUGGESTIONS));
  return {
    cards: summarizeCards(input.cardsDue),
    phase: current ? { id: current.id, number: current.number, title: current.title } : null,
    suggestions: suggestItems(roadmap, currentPhaseId, input.progress, limit),
    week: input.week ?? selectWeek({ ...input, roadmap }),
  };
}
