import { useId, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { formatInstantDay } from '../../domain/calendar-day';
import { RemoveConfirmation } from './remove-confirmation';
import { RoadmapCard } from './roadmap-card';
import type { ImportedRoadmap } from './use-imported-roadmaps';

/** A stored roadmap that no longer passes validation: it can only be removed (its progress stays). */
function UnreadableRoadmapCard({
  entry,
  isActive,
  isBusy,
  onRemove,
}: {
  entry: ImportedRoadmap & { isValid: false };
  isActive: boolean;
  isBusy: boolean;
  onRemove: () => void;
}) {
  const titleId = useId();
  const [isConfirming, setConfirming] = useState(false);
  return (
    <li className="card roadmap-card" aria-labelledby={titleId}>
      <h3 id={titleId}>Unreadable roadmap “{entry.id}”</h3>
      <p className="field-error">
        This imported roadmap can no longer be read ({entry.error}). Import a fixed file with the same id, or remove it.
      </p>
      {isConfirming ? (
        <RemoveConfirmation
          title={entry.id}
          isActive={isActive}
          isBusy={isBusy}
          onConfirm={onRemove}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setConfirming(true)} disabled={isBusy} aria-label={`Remove ${entry.id}…`}>
            Remove…
          </button>
        </div>
      )}
    </li>
  );
}

interface ImportedRoadmapsProps {
  imported: readonly ImportedRoadmap[];
  activeRoadmapId: string;
  isBusy: boolean;
  onFollow: (roadmap: Roadmap) => void;
  onRemove: (entry: ImportedRoadmap) => Promise<unknown>;
}

/** The roadmaps the user imported from files, each with its own progress. */
export function ImportedRoadmaps({ imported, activeRoadmapId, isBusy, onFollow, onRemove }: ImportedRoadmapsProps) {
  return (
    <section aria-labelledby="imported-roadmaps-title">
      <h2 id="imported-roadmaps-title">Imported roadmaps</h2>
      {imported.length === 0 ? (
        <p className="muted">None yet. Import a roadmap file below; it is tracked the same way, with its own progress.</p>
      ) : (
        <ul className="roadmap-list" aria-labelledby="imported-roadmaps-title">
          {imported.map((entry) =>
            entry.isValid ? (
              <RoadmapCard
                key={entry.id}
                roadmap={entry.roadmap}
                origin={`Imported ${formatInstantDay(entry.importedAt)}${entry.updatedAt > entry.importedAt ? `, updated ${formatInstantDay(entry.updatedAt)}` : ''}`}
                description={entry.roadmap.role.summary ? <p>{entry.roadmap.role.summary}</p> : null}
                isActive={entry.id === activeRoadmapId}
                isBusy={isBusy}
                onFollow={() => onFollow(entry.roadmap)}
                onRemove={() => onRemove(entry)}
              />
            ) : (
              <UnreadableRoadmapCard
                key={entry.id}
                entry={entry}
                isActive={entry.id === activeRoadmapId}
                isBusy={isBusy}
                onRemove={() => void onRemove(entry)}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
