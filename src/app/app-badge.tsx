import { useEffect } from 'react';
import type { Roadmap } from '../content/types';
import { useDueSummary } from '../hooks/use-practice-data';
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
  // The same count as Today's; cards fall due while the app stays open, and the summary follows the clock.
  const count = useDueSummary(roadmap)?.total ?? null;
  useEffect(() => {
    if (count !== null) void showDueCountOnAppIcon(count);
  }, [count]);
  return null;
}
