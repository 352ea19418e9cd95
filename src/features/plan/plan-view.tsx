import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { buildIcs } from '../../domain/ics';
import { suggestPlan } from '../../domain/plan';
import { computePlanOverview } from '../../domain/plan-overview';
import { formatDayMedium } from '../../domain/calendar-day';
import type { Plan } from '../../domain/records';
import { usePlan, useRoadmapState } from '../../hooks/use-live-records';
import { useToday } from '../../hooks/use-today';
import { useCommand } from '../../hooks/use-command';
import { showToast } from '../../store/ui-store';
import { downloadText } from '../../components/download-text';
import { PaceCard } from './pace-card';
import { PhaseWindows } from './phase-windows';
import { PlanForm } from './plan-form';
import { CalendarExport } from './calendar-export';
import type { IcsStudyBlock } from '../../domain/ics-study-block';
import { describeLocation } from './where-am-i';
import './plan.css';

const PlanCharts = lazy(() => import('./plan-charts').then((module) => ({ default: module.PlanCharts })));

/** The plan against the calendar: dates, where today falls, pace, re-plan, calendar export. */
export function PlanView({ roadmap }: { roadmap: Roadmap }) {
  const record = usePlan(roadmap.id);
  const state = useRoadmapState(roadmap.id);
  const today = useToday();
  const [isEditing, setEditing] = useState(false);
  const run = useCommand();
  // After a save the form goes away: focus moves to what replaced it, not to the page's body.
  const pendingFocus = useRef<'headline' | 'edit-button' | null>(null);
  const headlineRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target =
      pendingFocus.current === 'headline' ? headlineRef.current : pendingFocus.current === 'edit-button' ? editButtonRef.current : null;
    if (!target) return;
    pendingFocus.current = null;
    target.focus();
  });

  if (record === undefined || !state) return <p className="loading">Loading your plan…</p>;

  const save = (plan: Plan, message: string, keepPrevious = false) =>
    run('plan.save', { roadmapId: roadmap.id, plan, keepPrevious }, { success: message, isQuiet: true });

  if (record === null) {
    return (
      <section className="card" aria-labelledby="plan-setup-title">
        <h1 id="plan-setup-title">Plan your dates</h1>
        <p>
          Pick a start date and the app lays the {roadmap.phases.length} phases of “{roadmap.title}” on the calendar, tells you which week
          you are in, and whether you are on pace. You can change it any time; ticks are never affected.
        </p>
        <PlanForm
          roadmap={roadmap}
          initial={suggestPlan(today)}
          submitLabel="Save plan"
          onSave={async (plan) => {
            // Set first: the saved plan may render before the save's promise settles.
            pendingFocus.current = 'headline';
            const outcome = await save(plan, 'Plan saved');
            if (!outcome.ok) pendingFocus.current = null;
            return outcome;
          }}
        />
      </section>
    );
  }

  const { plan } = record;
  const overview = computePlanOverview(roadmap, plan, state.progress, today);
  const where = describeLocation(roadmap, overview.location);
  const currentPhaseId = overview.location.kind === 'in-phase' ? overview.location.phaseId : null;
  const lastDay = overview.schedule[overview.schedule.length - 1]?.end;

  const replan = async () => {
    const result = await run('plan.replan', { roadmapId: roadmap.id, today });
    if (!result.ok) return;
    showToast(
      result.value.isChanged
        ? 'Re-planned from today. Your ticks are unchanged.'
        : 'Nothing to move: the phases still ahead already start on or after today.',
      result.value.isChanged ? 'success' : 'info',
    );
  };

  const exportCalendar = (studyBlock: IcsStudyBlock | null) => {
    const ics = buildIcs({
      ...(studyBlock ? { studyBlock } : {}),
      roadmapId: roadmap.id,
      roadmapTitle: roadmap.title,
      schedule: overview.schedule.map((window, index) => ({
        ...window,
        title: `Phase ${index + 1}: ${roadmap.phases[index]?.title ?? ''}`,
      })),
      milestones: roadmap.phases.flatMap((phase, index) => {
        const window = overview.schedule[index];
        return window
          ? [{ id: phase.milestone.id, title: `Milestone, phase ${phase.number}: ${phase.milestone.text}`, dueDay: window.end }]
          : [];
      }),
      // Runs on a click, not while rendering.
      // oxlint-disable-next-line react/purity
      now: Date.now(),
    });
    downloadText(ics, `${roadmap.id}-plan.ics`, 'text/calendar;charset=utf-8');
    showToast(
      studyBlock
        ? 'Calendar file downloaded. Open it to add the phases, milestone reminders and your weekly study block to your calendar.'
        : 'Calendar file downloaded. Open it to add the phases and milestone reminders to your calendar.',
      'success',
    );
  };

  const setOverride = (phaseId: string, days: number | null) => {
    const phaseDays = { ...plan.phaseDays };
    if (days === null) delete phaseDays[phaseId];
    else phaseDays[phaseId] = days;
    return save({ ...plan, phaseDays }, days === null ? 'Phase length reset' : 'Phase length saved');
  };

  return (
    <div className="plan">
      <p className="eyebrow">Plan</p>
      <h1 ref={headlineRef} tabIndex={-1}>
        {where.headline}
      </h1>
      <p className="lead">{where.detail}</p>

      <PaceCard
        overview={overview}
        canUndo={record.previous !== null}
        onReplan={() => void replan()}
        onUndo={() => void run('plan.undo', { roadmapId: roadmap.id }, { success: 'Last plan change undone' })}
      />

      <Suspense fallback={<p className="loading">Loading charts…</p>}>
        <PlanCharts roadmap={roadmap} overview={overview} progress={state.progress} today={today} />
      </Suspense>

      <section className="card" aria-labelledby="windows-title">
        <h2 id="windows-title">Phase dates</h2>
        <p className="muted">
          Started {formatDayMedium(plan.startDate)}
          {lastDay && ` · ends ${formatDayMedium(lastDay)}`}
          {plan.target.mode === 'finish-by' ? ` · target: finish by ${formatDayMedium(plan.target.finishBy)}` : ' · target: as written'}
          {plan.hoursPerWeek !== null && ` · ${plan.hoursPerWeek} hours a week`}
        </p>
        <PhaseWindows
          roadmap={roadmap}
          schedule={overview.schedule}
          counts={overview.counts}
          currentPhaseId={currentPhaseId}
          overrides={plan.phaseDays}
          onOverride={setOverride}
        />
        <div className="button-row">
          <button ref={editButtonRef} type="button" className="button" onClick={() => setEditing(!isEditing)} aria-expanded={isEditing}>
            Change start, target or hours
          </button>
        </div>
        {isEditing && (
          <PlanForm
            roadmap={roadmap}
            initial={plan}
            submitLabel="Save changes"
            onCancel={() => {
              pendingFocus.current = 'edit-button';
              setEditing(false);
            }}
            onSave={async (next) => {
              const outcome = await save(next, 'Plan updated', true);
              if (outcome.ok) {
                pendingFocus.current = 'edit-button';
                setEditing(false);
              }
              return outcome;
            }}
          />
        )}
        <CalendarExport onExport={exportCalendar} />
      </section>
    </div>
  );
}
