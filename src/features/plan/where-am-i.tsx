import type { Roadmap } from '../../content/types';
import type { TodayLocation } from '../../domain/plan';
import { formatDays } from '../../domain/plan-overview';

/** "Week 3 of 6 of phase 2", with the days left, in words. */
export function describeLocation(roadmap: Roadmap, location: TodayLocation): { headline: string; detail: string } {
  switch (location.kind) {
    case 'before-start':
      return {
        headline: `Your plan starts in ${formatDays(location.daysUntilStart)}`,
        detail: `${formatDays(location.daysLeftOverall)} planned in all.`,
      };
    case 'after-end':
      return {
        headline: location.daysSinceEnd === 0 ? 'Your plan has ended' : `Your plan ended ${formatDays(location.daysSinceEnd)} ago`,
        detail: 'Re-plan from today to set new dates for what is left.',
      };
    case 'in-phase': {
      const phase = roadmap.phases[location.phaseIndex];
      return {
        headline: `Week ${location.weekInPhase} of ${location.weeksInPhase} of phase ${phase?.number ?? location.phaseIndex + 1}`,
        detail: `${formatDays(location.daysLeftInPhase)} left in this phase · ${formatDays(location.daysLeftOverall)} left overall.`,
      };
    }
  }
}
