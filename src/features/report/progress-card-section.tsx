import { useRef } from 'react';
import type { Roadmap } from '../../content/types';
import type { RoadmapState } from '../../db/progress-repo';
import { collectProgressCardInput, CARD_HEIGHT, CARD_WIDTH } from '../../domain/progress-card';
import type { StudySessionRecord } from '../../domain/records';
import { ShareCardControls } from './share-card-controls';
import { useProgressCard } from './use-progress-card';

interface ProgressCardSectionProps {
  roadmap: Roadmap;
  state: RoadmapState;
  sessions: readonly StudySessionRecord[];
  today: string;
}

/** The shareable card with a preview and, in words, what it says. Not part of the printout. */
export function ProgressCardSection({ roadmap, state, sessions, today }: ProgressCardSectionProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const picture = useProgressCard(collectProgressCardInput(roadmap, state.progress, sessions, today), canvasRef);
  return (
    <section className="card report-share" aria-labelledby="report-share-title">
      <h2 id="report-share-title">Share a progress card</h2>
      <p>A picture of where you are, to post or send: no notes, nothing but what it says below.</p>
      {/* The picture repeats the text below, which is what screen readers get. */}
      <canvas ref={canvasRef} className="report-share__preview" width={CARD_WIDTH} height={CARD_HEIGHT} aria-hidden="true" />
      <p className="report-share__description" id="report-share-description">
        {picture.description ?? 'Drawing the card…'}
      </p>
      <ShareCardControls
        picture={picture}
        fileName={progressCardFileName(today)}
        title={roadmap.title}
        describedBy="report-share-description"
      />
    </section>
  );
}

/** "roadmap-progress-2026-12-01.png": a download that sorts by date next to earlier ones. */
export const progressCardFileName = (today: string): string => `roadmap-progress-${today}.png`;
