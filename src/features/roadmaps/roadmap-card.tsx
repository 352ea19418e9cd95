import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Roadmap } from '../../content/types';
import { computeRoadmapProgress } from '../../domain/progress';
import { useRoadmapState } from '../../hooks/use-live-records';
import { ProgressBar } from '../../components/progress-bar';
import { countItems, describeCounts } from './format';
import { RemoveConfirmation } from './remove-confirmation';

/** Done of total goals and milestones, live from this roadmap's own progress. */
function RoadmapProgress({ roadmap }: { roadmap: Roadmap }) {
  const state = useRoadmapState(roadmap.id);
  if (!state) return <p className="muted">Loading progress…</p>;
  const { overall } = computeRoadmapProgress(roadmap, state.progress);
  return (
    <div className="roadmap-card__progress">
      <ProgressBar percent={overall.percent} />
      <p>
        <strong>{overall.done}</strong> of {overall.total} goals and milestones done ({overall.percent}%)
      </p>
    </div>
  );
}

interface RoadmapCardProps {
  roadmap: Roadmap;
  /** One or two sentences on what this roadmap is. */
  description: ReactNode;
  /** e.g. "Built in" or "Imported 3 Mar 2026". */
  origin: string;
  isActive: boolean;
  isBusy: boolean;
  onFollow: () => void;
  /** Only imported roadmaps can be removed. On success the card leaves the list; on failure a toast says why. */
  onRemove?: () => Promise<unknown>;
}

/** One roadmap in the list: what it holds, how far along you are, and follow / remove. */
export function RoadmapCard({ roadmap, description, origin, isActive, isBusy, onFollow, onRemove }: RoadmapCardProps) {
  const titleId = useId();
  const [isConfirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Back from the confirmation: focus returns to where it started.
    if (wasConfirming.current && !isConfirming) removeButton.current?.focus();
    wasConfirming.current = isConfirming;
  }, [isConfirming]);

  return (
    <li
      className={`card roadmap-card${isActive ? ' roadmap-card--active' : ''}`}
      aria-labelledby={titleId}
      aria-current={isActive ? 'true' : undefined}
    >
      <div className="roadmap-card__head">
        <h3 id={titleId}>{roadmap.title}</h3>
        {isActive && <span className="tag roadmap-card__following">Following</span>}
      </div>
      <p className="roadmap-card__origin muted">
        {origin} · {describeCounts(countItems(roadmap))}
      </p>
      <div className="roadmap-card__description">{description}</div>
      <RoadmapProgress roadmap={roadmap} />
      {!isConfirming && (
        <div className="button-row">
          {!isActive && (
            <button
              type="button"
              className="button button--primary"
              onClick={onFollow}
              disabled={isBusy}
              aria-label={`Follow this roadmap: ${roadmap.title}`}
            >
              Follow this roadmap
            </button>
          )}
          {onRemove && (
            <button
              ref={removeButton}
              type="button"
              className="button"
              onClick={() => setConfirming(true)}
              disabled={isBusy}
              aria-label={`Remove ${roadmap.title}…`}
            >
              Remove…
            </button>
          )}
        </div>
      )}
      {isConfirming && (
        <RemoveConfirmation
          title={roadmap.title}
          isActive={isActive}
          isBusy={isBusy}
          onConfirm={() => void onRemove?.()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
