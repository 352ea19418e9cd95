/** Display helpers of the roadmaps screen. */
import type { Roadmap } from '../../content/types';
import { plural } from '../../domain/format';

export interface RoadmapCounts {
  phases: number;
  goals: number;
  milestones: number;
  resources: number;
}

export function countItems(roadmap: Roadmap): RoadmapCounts {
  let goals = 0;
  let resources = 0;
  for (const phase of roadmap.phases) {
    goals += phase.goals.length;
    resources += phase.resources.length;
  }
  return { phases: roadmap.phases.length, goals, milestones: roadmap.phases.length, resources };
}

/** "3 phases · 12 goals · 3 milestones · 20 resources" */
export function describeCounts(counts: RoadmapCounts): string {
  return [
    plural(counts.phases, 'phase'),
    plural(counts.goals, 'goal'),
    plural(counts.milestones, 'milestone'),
    plural(counts.resources, 'resource'),
  ].join(' · ');
}
