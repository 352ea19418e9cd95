import { useEffect } from 'react';
import type { Roadmap } from '../content/types';
import { selectUnlockedCards, summarizeDue } from '../domain/review-due';
import { startOfLocalDay } from '../features/practice/practice-cards';
import { usePracticeData } from '../features/practice/use-practice-data';
import { useNow } from '../hooks/use-now';
import { useOverlaidRoadmap } from '../hooks/use-overlaid-roadmap';
import { isBadgeSupported, showDueCountOnAppIcon } from '../pwa/app-badge';

/**
 * Keeps the installed app's icon badge at the number of interview cards due (the same count as
 * the dashboard's practice card). Renders nothing; reads nothing where badges are not supported.
 */
export function AppBadge({ base }: { base: Roadmap }) {
  return isBadgeSupported() ? <DueCountBadge base={base} /> : null;
}

function DueCountBadge({ base }: { base: Roadmap }) {
  const roadmap = useOverlaidRoadmap(base);
  return roadmap ? <RoadmapDueBadge roadmap={roadmap} /> : null;
}

function RoadmapDueBadge({ roadmap }: { roadmap: Roadmap }) {
  const data = usePracticeData(roadmap);
  // Cards fall due while the app stays open: look again every minute.
  const now = useNow(60_000);
  const count = data
    ? summarizeDue(
        data.reviews,
        selectUnlockedCards(data.cards, data.unlockedPhaseIds).map((card) => card.id),
        now,
        { startOfDay: startOfLocalDay(now) },
      ).total
    : null;
  useEffect(() => {
    if (count !== null) void showDueCountOnAppIcon(count);
  }, [count]);
  return null;
}
