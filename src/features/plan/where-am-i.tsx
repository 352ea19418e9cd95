import type { Roadmap } from '../../content/types';
import type { TodayLocation } from '../../domain/plan';
import { formatDayCount } from '../../domain/calendar-day';
import { formatCount } from '../../domain/format';

/** "Week 3 of 6 of phase 2", with the days left, in words. */
export function describeLocation(roadmap: Roadmap, location: TodayLocation): { headline: string; detail: string } {
  switch (location.kind) {
    case 'before-start':
      return {
        headline: `Your plan starts in ${formatDayCount(location.daysUntilStart)}`,
        detail: `${formatDayCount(location.daysLeftOverall)} planned in all.`,
      };
    case 'after-end':
      return {
        headline: location.daysSinceEnd === 0 ? 'Your plan has ended' : `Your plan ended ${formatDayCount(location.daysSinceEnd)} ago`,
        detail: 'Re-plan from today to set new dates for what is left.',
      };
    case 'in-phase': {
      const phase = roadmap.phases[location.phaseIndex];
      return {
        headline: `Week ${formatCount(location.weekInPhase)} of ${formatCount(location.weeksInPhase)} of phase ${phase?.number ?? location.phaseIndex + 1}`,
        detail: `${formatDayCount(location.daysLeftInPhase)} left in this phase · ${formatDayCount(location.daysLeftOverall)} left overall.`,
      };
    }
  }
}
