/**
 * Public entry point of the content layer. Content is pure data: it imports nothing from the
 * rest of the app and never reads files at runtime.
 */
import type { ItemKind, Roadmap } from './types';
import { healthcareAiRoadmap } from './healthcare-ai-roadmap';
import { credentialsTrack } from './credentials-track';

export type * from './types';
export { healthcareAiRoadmap } from './healthcare-ai-roadmap';
export { interviewBank } from './interview-bank';
export { credentialsTrack } from './credentials-track';

/** Every roadmap shipped with the app, main roadmap first. */
export const builtInRoadmaps: Roadmap[] = [healthcareAiRoadmap, credentialsTrack];

/** One tickable item of a roadmap, flattened. */
export interface RoadmapItem {
  id: string;
  kind: ItemKind;
  /** Goal or milestone text, or the resource title. */
  text: string;
  phaseId: string;
}

/**
 * Every goal, resource and milestone of a roadmap in display order: phase by phase, and within a
 * phase its goals, then its resources, then its milestone.
 */
export function listItems(roadmap: Roadmap): RoadmapItem[] {
  const items: RoadmapItem[] = [];
  for (const phase of roadmap.phases) {
    for (const goal of phase.goals) {
      items.push({ id: goal.id, kind: 'goal', text: goal.text, phaseId: phase.id });
    }
    for (const resource of phase.resources) {
      items.push({ id: resource.id, kind: 'resource', text: resource.title, phaseId: phase.id });
    }
    items.push({ id: phase.milestone.id, kind: 'milestone', text: phase.milestone.text, phaseId: phase.id });
  }
  return items;
}
