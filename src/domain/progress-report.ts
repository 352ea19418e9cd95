/**
 * What the printable progress report says: every phase with its planned dates and status, the
 * goals and milestones done with their evidence links, and the hours studied per phase. Pure: the
 * view passes in what it read and the day of the report. Nothing goes in that the person has not
 * chosen: notes and skipped items only when ticked in, session notes never.
 */
import type { Phase, Roadmap } from '../content/types';
import { computePlanOverview } from './plan-overview';
import { computePhaseProgress, computeRoadmapProgress, listPhaseChecklist, statusOf, type ProgressCount } from './progress';
import type { EvidenceRecord, NoteRecord, Plan, ProgressRecord, StudySessionRecord } from './records';
import { parseHttpUrl } from './validation';

export interface ReportOptions {
  /** The person's notes on items; off by default, since notes are often private. */
  includeNotes: boolean;
  /** The 26-week study heatmap. */
  includeHeatmap: boolean;
  /** Goals and milestones the person chose to skip, listed as skipped. */
  includeSkipped: boolean;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { includeNotes: false, includeHeatmap: true, includeSkipped: false };

export type PhaseStatus = 'done' | 'in-progress' | 'not-started';

export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
};

export interface ReportItem {
  id: string;
  kind: 'goal' | 'milestone';
  text: string;
  status: 'done' | 'skipped';
  /** An http(s) address, or null (anything else is never shown as a link). */
  evidenceUrl: string | null;
  /** The item's note when notes are included, else null. */
  note: string | null;
}

/** A note on an item the report does not list (a resource, an open goal), when notes are included. */
export interface ReportNote {
  itemId: string;
  /** "Goal: …", "Resource: …", "Milestone: …" */
  label: string;
  note: string;
}

export interface ReportPhase {
  id: string;
  number: number;
  title: string;
  /** Planned dates, when a plan exists. */
  window: { start: string; end: string; days: number } | null;
  status: PhaseStatus;
  isCurrent: boolean;
  progress: ProgressCount;
  /** Minutes of the study sessions logged against this phase. */
  minutes: number;
  /** Done goals and milestones (and skipped ones when included), in roadmap order. */
  items: ReportItem[];
  otherNotes: ReportNote[];
}

export interface ProgressReport {
  title: string;
  /** The day the report was made. */
  day: string;
  overall: ProgressCount;
  phases: ReportPhase[];
  /** Minutes of every live session. */
  totalMinutes: number;
  /** Minutes of sessions not tied to a phase of this roadmap (none chosen, or a phase no longer in it). */
  minutesWithoutPhase: number;
  /** The plan's span, when a plan exists. Pace ("behind by 40 days") stays out: it is for the person, not for a report they show. */
  plan: { start: string; end: string } | null;
}

export interface ReportInput {
  /** The roadmap as the person sees it (own items added, hidden ones removed). */
  roadmap: Roadmap;
  progress: ReadonlyMap<string, Pick<ProgressRecord, 'status' | 'doneAt'>>;
  notes: ReadonlyMap<string, Pick<NoteRecord, 'text'>>;
  evidence: ReadonlyMap<string, Pick<EvidenceRecord, 'url'>>;
  sessions: readonly StudySessionRecord[];
  plan: Plan | null;
  today: string;
  options: ReportOptions;
}

/** A phase is done when nothing counted is left, in progress once anything is done or started. */
export function findPhaseStatus(progress: ProgressCount): PhaseStatus {
  if (progress.done === progress.total) return 'done';
  return progress.done > 0 || progress.inProgress > 0 ? 'in-progress' : 'not-started';
}

/** Minutes per phase id over live sessions; sessions with no phase are keyed by ''. */
export function sumMinutesByPhase(sessions: readonly StudySessionRecord[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const session of sessions) {
    if (session.deletedAt != null || !(session.minutes > 0)) continue;
    const key = session.phaseId ?? '';
    totals.set(key, (totals.get(key) ?? 0) + session.minutes);
  }
  return totals;
}

function cleanNote(notes: ReportInput['notes'], itemId: string): string | null {
  const text = notes.get(itemId)?.text.trim();
  return text ? text : null;
}

function listReportItems(phase: Phase, input: ReportInput): ReportItem[] {
  const items: ReportItem[] = [];
  for (const item of listPhaseChecklist(phase)) {
    const status = statusOf(input.progress, item.id);
    if (status !== 'done' && !(status === 'skipped' && input.options.includeSkipped)) continue;
    const evidence = input.evidence.get(item.id)?.url;
    items.push({
      id: item.id,
      kind: item.kind === 'milestone' ? 'milestone' : 'goal',
      text: item.text,
      status,
      evidenceUrl: evidence && parseHttpUrl(evidence) ? evidence.trim() : null,
      note: input.options.includeNotes ? cleanNote(input.notes, item.id) : null,
    });
  }
  return items;
}

function listOtherNotes(phase: Phase, listed: ReadonlySet<string>, input: ReportInput): ReportNote[] {
  if (!input.options.includeNotes) return [];
  const candidates = [
    ...phase.goals.map((goal) => ({ id: goal.id, label: `Goal: ${goal.text}` })),
    ...phase.resources.map((resource) => ({ id: resource.id, label: `Resource: ${resource.title}` })),
    { id: phase.milestone.id, label: `Milestone: ${phase.milestone.text}` },
  ];
  const notes: ReportNote[] = [];
  for (const { id, label } of candidates) {
    const note = listed.has(id) ? null : cleanNote(input.notes, id);
    if (note) notes.push({ itemId: id, label, note });
  }
  return notes;
}

export function composeProgressReport(input: ReportInput): ProgressReport {
  const { roadmap, plan, today } = input;
  const summary = computeRoadmapProgress(roadmap, input.progress);
  const overview = plan ? computePlanOverview(roadmap, plan, input.progress, today) : null;
  const minutesByPhase = sumMinutesByPhase(input.sessions);
  const phaseIds = new Set(roadmap.phases.map((phase) => phase.id));
  let totalMinutes = 0;
  let minutesWithoutPhase = 0;
  for (const [phaseId, minutes] of minutesByPhase) {
    totalMinutes += minutes;
    if (!phaseIds.has(phaseId)) minutesWithoutPhase += minutes;
  }

  const phases = roadmap.phases.map((phase, index): ReportPhase => {
    const progress = summary.phases[index] ?? computePhaseProgress(phase, input.progress);
    const window = overview?.schedule.find((candidate) => candidate.phaseId === phase.id);
    const items = listReportItems(phase, input);
    return {
      id: phase.id,
      number: phase.number,
      title: phase.title,
      window: window ? { start: window.start, end: window.end, days: window.days } : null,
      status: findPhaseStatus(progress),
      isCurrent: phase.id === summary.currentPhaseId,
      progress: {
        done: progress.done,
        total: progress.total,
        inProgress: progress.inProgress,
        skipped: progress.skipped,
        percent: progress.percent,
      },
      minutes: minutesByPhase.get(phase.id) ?? 0,
      items,
      otherNotes: listOtherNotes(phase, new Set(items.map((item) => item.id)), input),
    };
  });

  const first = overview?.schedule[0];
  const last = overview?.schedule[overview.schedule.length - 1];
  return {
    title: roadmap.title,
    day: today,
    overall: summary.overall,
    phases,
    totalMinutes,
    minutesWithoutPhase,
    plan: overview && first && last ? { start: first.start, end: last.end } : null,
  };
}

/** "12.5 hours", "1 hour", "0 hours": hours with at most one decimal, as a report reads. */
export function formatHours(minutes: number): string {
  const hours = Math.round(minutes / 6) / 10;
  return `${hours.toLocaleString('en-US')} ${hours === 1 ? 'hour' : 'hours'}`;
}
