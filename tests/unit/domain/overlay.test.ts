import { describe, expect, it } from 'vitest';
import { healthcareAiRoadmap } from '../../../src/content/healthcare-ai-roadmap';
import type { Roadmap } from '../../../src/content/types';
import { applyOverlay, findRetiredItemIds } from '../../../src/domain/overlay';
import type { CustomItemRecord, ItemOverlayRecord } from '../../../src/domain/records';
import { legacyHlc } from '../../../src/domain/hlc';

const base = healthcareAiRoadmap;
const phase1 = base.phases[0]!;

function own(partial: Partial<CustomItemRecord> & Pick<CustomItemRecord, 'id' | 'kind' | 'text'>): CustomItemRecord {
  return { roadmapId: base.id, phaseId: phase1.id, url: null, order: 0, updatedAt: 1, deletedAt: null, hlc: legacyHlc(1), ...partial };
}

function hide(itemId: string, isHidden = true): ItemOverlayRecord {
  return { key: `${base.id}/${itemId}`, roadmapId: base.id, itemId, isHidden, updatedAt: 1, deletedAt: null, hlc: legacyHlc(1) };
}

describe('applyOverlay', () => {
  it('returns the built-in roadmap itself when there is no overlay', () => {
    expect(applyOverlay(base, [], []).roadmap).toBe(base);
  });

  it.each([
    {
      name: 'own goals come after the built-in ones, in their order',
      items: [own({ id: 'own-b', kind: 'goal', text: 'B', order: 1 }), own({ id: 'own-a', kind: 'goal', text: 'A', order: 0 })],
      overlays: [],
      goals: [...phase1.goals.map((goal) => goal.id), 'own-a', 'own-b'],
      resources: phase1.resources.length,
    },
    {
      name: 'a hidden built-in goal leaves the list',
      items: [],
      overlays: [hide(phase1.goals[1]!.id)],
      goals: [phase1.goals[0]!.id, phase1.goals[2]!.id],
      resources: phase1.resources.length,
    },
    {
      name: 'a restored item (isHidden false) is back',
      items: [],
      overlays: [hide(phase1.goals[1]!.id, false)],
      goals: phase1.goals.map((goal) => goal.id),
      resources: phase1.resources.length,
    },
    {
      name: 'deleted own items and other roadmaps’ items are ignored',
      items: [
        own({ id: 'own-x', kind: 'goal', text: 'X', deletedAt: 5 }),
        own({ id: 'own-y', kind: 'goal', text: 'Y', roadmapId: 'other' }),
      ],
      overlays: [],
      goals: phase1.goals.map((goal) => goal.id),
      resources: phase1.resources.length,
    },
    {
      name: 'an own resource is added as a resource with its address',
      items: [own({ id: 'own-r', kind: 'resource', text: 'My SQL notes', url: 'https://example.org/sql' })],
      overlays: [],
      goals: phase1.goals.map((goal) => goal.id),
      resources: phase1.resources.length + 1,
    },
  ])('$name', ({ items, overlays, goals, resources }) => {
    const { roadmap } = applyOverlay(base, items, overlays);
    expect(roadmap.phases[0]!.goals.map((goal) => goal.id)).toEqual(goals);
    expect(roadmap.phases[0]!.resources).toHaveLength(resources);
  });

  it('never edits the built-in content in place, so a content update still applies underneath', () => {
    const before = JSON.stringify(base);
    applyOverlay(base, [own({ id: 'own-a', kind: 'goal', text: 'A' })], [hide(phase1.goals[0]!.id)]);
    expect(JSON.stringify(base)).toBe(before);

    // Content v2 renames a goal and adds one: the overlay (own item, hidden item) still applies on top.
    const updated: Roadmap = {
      ...base,
      contentVersion: 2,
      phases: base.phases.map((phase, index) =>
        index === 0
          ? { ...phase, goals: [{ id: phase.goals[0]!.id, text: 'Renamed' }, ...phase.goals.slice(1), { id: 'p1-goal-new', text: 'New' }] }
          : phase,
      ),
    };
    const { roadmap, hidden } = applyOverlay(updated, [own({ id: 'own-a', kind: 'goal', text: 'A' })], [hide(phase1.goals[1]!.id)]);
    expect(roadmap.phases[0]!.goals.map((goal) => goal.text)).toEqual(['Renamed', phase1.goals[2]!.text, 'New', 'A']);
    expect(hidden.map((item) => item.id)).toEqual([phase1.goals[1]!.id]);
  });

  it('marks own items so the UI can offer edit and delete', () => {
    const { roadmap } = applyOverlay(base, [own({ id: 'own-a', kind: 'goal', text: 'A' })], []);
    expect(roadmap.phases[0]!.goals.at(-1)).toEqual({ id: 'own-a', text: 'A', isOwn: true });
  });
});

describe('findRetiredItemIds', () => {
  it.each([
    { name: 'no stored progress', stored: [], expected: [] },
    { name: 'known items are not retired', stored: [phase1.goals[0]!.id, phase1.milestone.id, phase1.resources[0]!.id], expected: [] },
    {
      name: 'an id the content no longer has is retired',
      stored: ['p1-goal-removed-in-v2', phase1.goals[0]!.id],
      expected: ['p1-goal-removed-in-v2'],
    },
    { name: 'hidden items are not retired', stored: [phase1.goals[1]!.id], expected: [], hideId: phase1.goals[1]!.id },
  ])('$name', ({ stored, expected, hideId }) => {
    const { roadmap, hidden } = applyOverlay(base, [], hideId ? [hide(hideId)] : []);
    expect(findRetiredItemIds(roadmap, hidden, stored)).toEqual(expected);
  });
});
