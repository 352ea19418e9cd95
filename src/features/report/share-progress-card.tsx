import { useId } from 'react';
import type { Roadmap } from '../../content/types';
import type { RoadmapState } from '../../db/progress-repo';
import { collectProgressCardInput } from '../../domain/progress-card';
import { useSessions } from '../../hooks/use-sessions';
import { useToday } from '../../hooks/use-today';
import { ShareCardControls } from './share-card-controls';
import { useProgressCard } from './use-progress-card';
import './report.css';

/**
 * A "Share a progress card" button for anywhere in the app (the dashboard, say): draws the card
 * off screen and shares or downloads it. The report view shows the same card with a preview.
 */
export function ShareProgressCard({ roadmap, state }: { roadmap: Roadmap; state: RoadmapState }) {
  const sessions = useSessions(roadmap.id);
  const today = useToday();
  const descriptionId = useId();
  const input = sessions ? collectProgressCardInput(roadmap, state.progress, sessions, today) : null;
  const picture = useProgressCard(input);
  return (
    <>
      <ShareCardControls picture={picture} fileName={progressCardFileName(today)} title={roadmap.title} describedBy={descriptionId} />
      <p id={descriptionId} className="visually-hidden">
        {picture.description}
      </p>
    </>
  );
}

/** "roadmap-progress-2026-12-01.png": a download that sorts by date next to earlier ones. */
export const progressCardFileName = (today: string): string => `roadmap-progress-${today}.png`;
