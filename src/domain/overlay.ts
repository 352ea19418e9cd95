import type { Goal, Phase, Resource, Roadmap } from '../content/types';
import type { CustomItemRecord, ItemOverlayRecord } from './records';

export interface HiddenItem {
  id: string;
  phaseId: string;
  kind: 'goal' | 'resource';
  text: string;
}

export interface OverlaidRoadmap {
  roadmap: Roadmap;
  /** Built-in items the user hid, so they can be restored. */
  hidden: HiddenItem[];
}

function byOrder(a: CustomItemRecord, b: CustomItemRecord): number {
  return a.order - b.order || a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1);
}

/**
 * The roadmap as the user sees it: built-in content, minus hidden items, plus the user's own
 * goals and resources after the built-in ones. Content is never edited in place, so an update of
 * the built-in roadmap still applies underneath the overlay.
 */
export function applyOverlay(
  base: Roadmap,
  customItems: readonly CustomItemRecord[],
  overlays: readonly ItemOverlayRecord[],
): OverlaidRoadmap {
  const hiddenIds = new Set(overlays.filter((overlay) => overlay.isHidden && overlay.deletedAt === null).map((overlay) => overlay.itemId));
  const ownByPhase = new Map<string, CustomItemRecord[]>();
  for (const item of customItems) {
    if (item.deletedAt !== null || item.roadmapId !== base.id) continue;
    const list = ownByPhase.get(item.phaseId) ?? [];
    list.push(item);
    ownByPhase.set(item.phaseId, list);
  }
  if (hiddenIds.size === 0 && ownByPhase.size === 0) return { roadmap: base, hidden: [] };

  const hidden: HiddenItem[] = [];
  const phases: Phase[] = base.phases.map((phase) => {
    const own = (ownByPhase.get(phase.id) ?? []).sort(byOrder);
    const goals: Goal[] = [];
    for (const goal of phase.goals) {
      if (hiddenIds.has(goal.id)) hidden.push({ id: goal.id, phaseId: phase.id, kind: 'goal', text: goal.text });
      else goals.push(goal);
    }
    const resources: Resource[] = [];
    for (const resource of phase.resources) {
      if (hiddenIds.has(resource.id)) hidden.push({ id: resource.id, phaseId: phase.id, kind: 'resource', text: resource.title });
      else resources.push(resource);
    }
    for (const item of own) {
      if (item.kind === 'goal') goals.push({ id: item.id, text: item.text, isOwn: true });
      else if (item.url) resources.push({ id: item.id, title: item.text, url: item.url, kind: 'docs', isFree: null, isOwn: true });
    }
    return { ...phase, goals, resources };
  });
  return { roadmap: { ...base, phases }, hidden };
}

/** Item ids with stored progress that the roadmap (with its overlay) no longer has: shown as retired. */
export function findRetiredItemIds(roadmap: Roadmap, hidden: readonly HiddenItem[], storedItemIds: Iterable<string>): string[] {
  const known = new Set<string>(hidden.map((item) => item.id));
  for (const phase of roadmap.phases) {
    known.add(phase.milestone.id);
    for (const goal of phase.goals) known.add(goal.id);
    for (const resource of phase.resources) known.add(resource.id);
  }
  return [...storedItemIds].filter((id) => !known.has(id));
}
