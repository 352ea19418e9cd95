import { useEffect, useRef } from 'react';
import type { Roadmap } from '../../content/types';
import type { RoadmapFile } from '../../domain/roadmap-schema';
import { countItems, describeCounts } from './format';
import { plural } from '../../domain/format';

export interface SelectedRoadmap {
  fileName: string;
  roadmap: Roadmap;
  /** The validated document that will be stored. */
  document: RoadmapFile;
}

interface ImportPreviewProps {
  selected: SelectedRoadmap;
  /** Title of the already-imported roadmap with the same id, if there is one. */
  replacesTitle: string | null;
  isSaving: boolean;
  onImport: () => void;
  onCancel: () => void;
}

/** What the chosen file holds and what importing it would do, before anything is stored. */
export function ImportPreview({ selected, replacesTitle, isSaving, onImport, onCancel }: ImportPreviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { roadmap } = selected;
  const counts = countItems(roadmap);
  const total = counts.goals + counts.resources + counts.milestones;
  return (
    <div className="roadmap-preview">
      <h3 tabIndex={-1} ref={headingRef}>
        Import “{roadmap.title}”?
      </h3>
      <p className="muted">
        From “{selected.fileName}”: {describeCounts(counts)} ({plural(total, 'item')} in all).
      </p>
      <ol className="roadmap-preview__phases" aria-label="Phases in the file">
        {roadmap.phases.map((phase) => (
          <li key={phase.id}>
            Phase {phase.number}: {phase.title}{' '}
            <span className="muted">
              · {plural(phase.weeks, 'week')} · {plural(phase.goals.length, 'goal')}
            </span>
          </li>
        ))}
      </ol>
      {replacesTitle !== null ? (
        <p className="roadmap-preview__replaces">
          You already imported a roadmap with the same id (“{roadmap.id}”): “{replacesTitle}”. Importing replaces it with this file. Your
          progress is kept, because it follows item ids: items this version still has keep their ticks, and ticks on items it no longer has
          are kept and shown as retired.
        </p>
      ) : (
        <p>It is added to your roadmaps; nothing else changes. You choose when to follow it.</p>
      )}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onImport} disabled={isSaving}>
          Import
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isSaving}>
          Cancel
        </button>
      </div>
      {isSaving && <p className="muted">Importing…</p>}
    </div>
  );
}
