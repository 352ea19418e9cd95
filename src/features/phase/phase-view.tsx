import { memo, useCallback, useMemo, useState } from 'react';
import type { Goal, Milestone, Resource, Roadmap } from '../../content/types';
import type { RoadmapState } from '../../db/progress-repo';
import type { ItemStatus, NoteRecord, NoteVersionRecord } from '../../domain/records';
import { useProgressiveCount } from '../../hooks/use-progressive-count';
import { computePhaseProgress, statusOf } from '../../domain/progress';
import { ChecklistItem } from '../../components/checklist-item';
import { toOtherNoteVersions } from '../../components/note-editor';
import { ProgressBar } from '../../components/progress-bar';
import { EvidenceEditor } from './evidence-editor';
import { ResourceItem } from './resource-item';
import { useItemActions } from '../../hooks/use-item-actions';
import { useOwnItemActions } from '../../hooks/use-own-item-actions';
import type { HiddenItem } from '../../domain/overlay';
import { ItemActions } from './item-actions';
import { OwnItemForm } from './own-item-form';
import { HiddenItems } from './hidden-items';
import { describeDuplicate, findDuplicateGoal, findDuplicateResource } from '../../domain/duplicates';
import './phase.css';

/** Lists longer than this lay out only the rows near the screen (phase.css). */
const LONG_LIST = 40;

/** The item a #item-… link points to, or '' (a malformed escape in the link is ignored). */
function linkedItemId(): string {
  try {
    return decodeURIComponent(window.location.hash.replace(/^#item-/, ''));
  } catch {
    return '';
  }
}

interface PhaseViewProps {
  roadmap: Roadmap;
  phaseId: string;
  /** Progress, notes and evidence of the roadmap (read once by the shell, with the roadmap). */
  state: RoadmapState;
  /** Built-in items the user hid, across the roadmap. */
  hidden: readonly HiddenItem[];
}

/** One phase: goals as a checklist, the milestone with sign-off and evidence, the resources. */
export function PhaseView({ roadmap, state, phaseId, hidden }: PhaseViewProps) {
  const actions = useItemActions(roadmap.id);
  const own = useOwnItemActions(roadmap.id);
  const index = roadmap.phases.findIndex((phase) => phase.id === phaseId);
  const phase = roadmap.phases[index];
  // A long phase renders its first screen at once and the rest over the next frames; a link to
  // one of its items (search results: #item-…) renders up to that item at once.
  const [linked] = useState(linkedItemId);
  const shownGoals = useProgressiveCount(phase?.goals.length ?? 0, {
    atLeast: (phase?.goals.findIndex((goal) => goal.id === linked) ?? -1) + 1,
  });
  const shownResources = useProgressiveCount(phase?.resources.length ?? 0, {
    first: 20,
    atLeast: (phase?.resources.findIndex((resource) => resource.id === linked) ?? -1) + 1,
  });

  if (!phase) {
    return (
      <section aria-labelledby="phase-missing">
        <h1 id="phase-missing">Phase not found</h1>
        <p>
          This roadmap has no phase called “{phaseId}”. <a href="/">Back to the dashboard</a>
        </p>
      </section>
    );
  }

  const progress = computePhaseProgress(phase, state.progress);
  // Against what the person sees: the roadmap with their own items in it.
  const sources = { roadmap, customItems: [] };
  const duplicateGoal = (text: string) => {
    const match = findDuplicateGoal(text, sources);
    return match ? describeDuplicate(match) : null;
  };
  const duplicateResource = (title: string, url: string) => {
    const match = findDuplicateResource({ title, url }, sources);
    return match ? describeDuplicate(match) : null;
  };
  const ownGoals = phase.goals.filter((goal) => goal.isOwn);
  const ownResources = phase.resources.filter((resource) => resource.isOwn);
  const previous = roadmap.phases[index - 1];
  const next = roadmap.phases[index + 1];

  return (
    <article className="phase" aria-labelledby="phase-title">
      <p className="eyebrow">
        Phase {phase.number} of {roadmap.phases.length} · {phase.weeks} weeks
      </p>
      <h1 id="phase-title">{phase.title}</h1>
      <div className="phase__progress">
        <ProgressBar percent={progress.percent} />
        <p>
          {progress.done} of {progress.total} done ({progress.percent}%)
          {progress.skipped > 0 && ` · ${progress.skipped} skipped`} · {progress.resourcesStudied} of {progress.resourcesTotal} resources
          studied
        </p>
      </div>

      <section aria-labelledby="goals-title" className="card">
        <h2 id="goals-title">Goals</h2>
        <ul className={phase.goals.length > LONG_LIST ? 'checklist checklist--long' : 'checklist'} aria-labelledby="goals-title">
          {phase.goals.slice(0, shownGoals).map((goal) => (
            <GoalRow
              key={goal.id}
              phaseId={phase.id}
              goal={goal}
              status={statusOf(state.progress, goal.id)}
              note={state.notes.get(goal.id)}
              versions={state.noteVersions.get(goal.id)}
              isFirstOwn={goal.id === ownGoals[0]?.id}
              isLastOwn={goal.id === ownGoals[ownGoals.length - 1]?.id}
              actions={actions}
              own={own}
            />
          ))}
        </ul>
        <details className="own-add">
          <summary>Add your own goal</summary>
          <OwnItemForm phaseId={phase.id} kind="goal" onSave={own.save} findDuplicate={duplicateGoal} />
        </details>
      </section>

      <section aria-labelledby="milestone-title" className="card card--milestone">
        <h2 id="milestone-title">Milestone</h2>
        <ul className="checklist">
          <MilestoneRow
            milestone={phase.milestone}
            status={statusOf(state.progress, phase.milestone.id)}
            note={state.notes.get(phase.milestone.id)}
            versions={state.noteVersions.get(phase.milestone.id)}
            evidenceUrl={state.evidence.get(phase.milestone.id)?.url ?? ''}
            actions={actions}
          />
        </ul>
      </section>

      <section aria-labelledby="resources-title" className="card">
        <h2 id="resources-title">Resources</h2>
        <ul className={phase.resources.length > LONG_LIST ? 'resources resources--long' : 'resources'}>
          {phase.resources.slice(0, shownResources).map((resource) => (
            <ResourceRow
              key={resource.id}
              phaseId={phase.id}
              resource={resource}
              status={statusOf(state.progress, resource.id)}
              note={state.notes.get(resource.id)}
              versions={state.noteVersions.get(resource.id)}
              isFirstOwn={resource.id === ownResources[0]?.id}
              isLastOwn={resource.id === ownResources[ownResources.length - 1]?.id}
              actions={actions}
              own={own}
            />
          ))}
        </ul>
        <details className="own-add">
          <summary>Add your own resource</summary>
          <OwnItemForm phaseId={phase.id} kind="resource" onSave={own.save} findDuplicate={duplicateResource} />
        </details>
      </section>

      <HiddenItems items={hidden.filter((item) => item.phaseId === phase.id)} onRestore={(itemId) => own.setHidden(itemId, false)} />

      <nav className="pager" aria-label="Other phases">
        {previous ? (
          <a href={`/phase/${previous.id}`} className="pager__link">
            ← Phase {previous.number}: {previous.title}
          </a>
        ) : (
          <a href="/" className="pager__link">
            ← Dashboard
          </a>
        )}
        {next && (
          <a href={`/phase/${next.id}`} className="pager__link pager__link--next">
            Phase {next.number}: {next.title} →
          </a>
        )}
      </nav>
    </article>
  );
}

interface RowProps {
  phaseId: string;
  status: ItemStatus;
  note: NoteRecord | undefined;
  versions: readonly NoteVersionRecord[] | undefined;
  isFirstOwn: boolean;
  isLastOwn: boolean;
  actions: ReturnType<typeof useItemActions>;
  own: ReturnType<typeof useOwnItemActions>;
}

/** The actions of a goal or resource row (edit, move and remove an own one; hide a built-in one). */
function RowActions({
  item,
  phaseId,
  isFirstOwn,
  isLastOwn,
  own,
}: Pick<RowProps, 'phaseId' | 'isFirstOwn' | 'isLastOwn' | 'own'> & {
  item: { id: string; kind: 'goal' | 'resource'; text: string; url: string | null; isOwn: boolean };
}) {
  return (
    <ItemActions
      itemId={item.id}
      phaseId={phaseId}
      kind={item.kind}
      text={item.text}
      url={item.url}
      isOwn={item.isOwn}
      isFirst={isFirstOwn}
      isLast={isLastOwn}
      onSave={own.save}
      onRemove={() => own.remove(item.id)}
      onMove={(direction) => own.move(item.id, direction)}
      onHide={() => own.setHidden(item.id, true)}
    />
  );
}

/** One goal with its actions; memoised on its own records, so a tick elsewhere does not render it again. */
const GoalRow = memo(function GoalRow({
  phaseId,
  goal,
  status,
  note,
  versions,
  isFirstOwn,
  isLastOwn,
  actions,
  own,
}: RowProps & { goal: Goal }) {
  const otherVersions = useMemo(() => toOtherNoteVersions(versions), [versions]);
  const place = { phaseId, isFirstOwn, isLastOwn, own };
  return (
    <ChecklistItem
      itemId={goal.id}
      text={goal.text}
      status={status}
      note={note?.text ?? ''}
      noteStamp={note?.hlc ?? null}
      otherNoteVersions={otherVersions}
      onNoteVersionResolve={actions.resolveNoteVersion}
      onStatusChange={actions.setStatus}
      onNoteSave={actions.saveNote}
      actions={<RowActions item={{ id: goal.id, kind: 'goal', text: goal.text, url: null, isOwn: goal.isOwn === true }} {...place} />}
    />
  );
});

/** The phase's milestone with its evidence link, memoised like GoalRow. */
const MilestoneRow = memo(function MilestoneRow({
  milestone,
  status,
  note,
  versions,
  evidenceUrl,
  actions,
}: {
  milestone: Milestone;
  status: ItemStatus;
  note: NoteRecord | undefined;
  versions: readonly NoteVersionRecord[] | undefined;
  evidenceUrl: string;
  actions: ReturnType<typeof useItemActions>;
}) {
  const otherVersions = useMemo(() => toOtherNoteVersions(versions), [versions]);
  const { saveEvidence } = actions;
  const onEvidenceSave = useCallback((url: string) => saveEvidence(milestone.id, url), [saveEvidence, milestone.id]);
  return (
    <ChecklistItem
      itemId={milestone.id}
      text={milestone.text}
      eyebrow="Milestone"
      status={status}
      note={note?.text ?? ''}
      noteStamp={note?.hlc ?? null}
      otherNoteVersions={otherVersions}
      onNoteVersionResolve={actions.resolveNoteVersion}
      onStatusChange={actions.setStatus}
      onNoteSave={actions.saveNote}
    >
      <EvidenceEditor milestoneText={milestone.text} url={evidenceUrl} onSave={onEvidenceSave} />
    </ChecklistItem>
  );
});

/** One resource with its actions, memoised like GoalRow. */
const ResourceRow = memo(function ResourceRow({
  phaseId,
  resource,
  status,
  note,
  versions,
  isFirstOwn,
  isLastOwn,
  actions,
  own,
}: RowProps & { resource: Resource }) {
  const otherVersions = useMemo(() => toOtherNoteVersions(versions), [versions]);
  const place = { phaseId, isFirstOwn, isLastOwn, own };
  return (
    <ResourceItem
      resource={resource}
      status={status}
      note={note?.text ?? ''}
      noteStamp={note?.hlc ?? null}
      otherNoteVersions={otherVersions}
      onNoteVersionResolve={actions.resolveNoteVersion}
      onStatusChange={actions.setStatus}
      onNoteSave={actions.saveNote}
      actions={
        <RowActions
          item={{ id: resource.id, kind: 'resource', text: resource.title, url: resource.url, isOwn: resource.isOwn === true }}
          {...place}
        />
      }
    />
  );
});
