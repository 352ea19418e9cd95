// Dexie captures `indexedDB` when it loads, so the fake must be installed first.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { saveNote, setItemStatus } from '../../../src/db/progress-repo';
import { deleteCustomItem, saveCustomItem, setItemHidden } from '../../../src/db/custom-items-repo';
import { deleteUserCard, saveUserCard } from '../../../src/db/cards-repo';
import { readSearchSources } from '../../../src/db/search-repo';
import { healthcareAiRoadmap } from '../../../src/content';
import { buildSearchIndex, searchIndex } from '../../../src/domain/search';

const ROADMAP = healthcareAiRoadmap.id;
const OTHER = 'credentials-degree-track';
const phase = healthcareAiRoadmap.phases[0]!;
const goal = phase.goals[0]!;
const resource = phase.resources[0]!;

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('readSearchSources', () => {
  it('reads nothing from an empty database', async () => {
    const sources = await readSearchSources(ROADMAP);
    expect(sources.progress.size).toBe(0);
    expect(sources.notes.size).toBe(0);
    expect(sources.customItems).toEqual([]);
    expect(sources.hiddenItemIds.size).toBe(0);
    expect(sources.userCards).toEqual([]);
  });

  it('reads progress and live notes by item id, leaving cleared notes out', async () => {
    await setItemStatus(ROADMAP, goal.id, 'in-progress', 1_000);
    await saveNote(ROADMAP, goal.id, 'Use window functions', 1_000);
    await saveNote(ROADMAP, resource.id, 'Temporary', 1_000);
    await saveNote(ROADMAP, resource.id, '', 2_000);
    const sources = await readSearchSources(ROADMAP);
    expect(sources.progress.get(goal.id)?.status).toBe('in-progress');
    expect([...sources.notes.keys()]).toEqual([goal.id]);
    expect(sources.notes.get(goal.id)?.text).toBe('Use window functions');
  });

  it('reads live own items in order, leaving deleted ones out', async () => {
    const first = await saveCustomItem(
      ROADMAP,
      { phaseId: phase.id, kind: 'resource', text: 'dbt course', url: 'https://learn.getdbt.com/' },
      1,
    );
    const second = await saveCustomItem(ROADMAP, { phaseId: phase.id, kind: 'goal', text: 'Read OMOP spec', url: null }, 2);
    const gone = await saveCustomItem(ROADMAP, { phaseId: phase.id, kind: 'goal', text: 'Gone', url: null }, 3);
    await deleteCustomItem(gone.id, 4);
    const sources = await readSearchSources(ROADMAP);
    expect(sources.customItems.map((item) => item.id)).toEqual([first.id, second.id]);
  });

  it('reads the ids of hidden built-in items, not of restored ones', async () => {
    await setItemHidden(ROADMAP, goal.id, true, 1);
    await setItemHidden(ROADMAP, resource.id, true, 1);
    await setItemHidden(ROADMAP, resource.id, false, 2);
    expect([...(await readSearchSources(ROADMAP)).hiddenItemIds]).toEqual([goal.id]);
  });

  it('reads live user cards by question, leaving deleted ones out', async () => {
    await saveUserCard(ROADMAP, { phaseId: phase.id, question: 'Why OMOP?', outline: ['shared schema'] }, 1);
    const gone = await saveUserCard(ROADMAP, { phaseId: phase.id, question: 'Deleted?', outline: [] }, 1);
    await saveUserCard(ROADMAP, { phaseId: phase.id, question: 'What is a CTE?', outline: [] }, 1);
    await deleteUserCard(gone.id, 2);
    expect((await readSearchSources(ROADMAP)).userCards.map((card) => card.question)).toEqual(['What is a CTE?', 'Why OMOP?']);
  });

  it('reads only the asked roadmap', async () => {
    await setItemStatus(OTHER, goal.id, 'done', 1);
    await saveNote(OTHER, goal.id, 'elsewhere', 1);
    await saveCustomItem(OTHER, { phaseId: phase.id, kind: 'goal', text: 'Other goal', url: null }, 1);
    await setItemHidden(OTHER, goal.id, true, 1);
    await saveUserCard(OTHER, { phaseId: phase.id, question: 'Other?', outline: [] }, 1);
    const sources = await readSearchSources(ROADMAP);
    expect([
      sources.progress.size,
      sources.notes.size,
      sources.customItems.length,
      sources.hiddenItemIds.size,
      sources.userCards.length,
    ]).toEqual([0, 0, 0, 0, 0]);
  });

  it('feeds search: an own resource, a note and a user card are found after they were stored', async () => {
    await saveCustomItem(ROADMAP, { phaseId: phase.id, kind: 'resource', text: 'Zettelkasten primer', url: 'https://example.org/z' }, 1);
    await saveNote(ROADMAP, goal.id, 'Ask about quokka cohorts', 1);
    await saveUserCard(ROADMAP, { phaseId: phase.id, question: 'What is a wombat join?', outline: [] }, 1);
    const sources = await readSearchSources(ROADMAP);
    const index = buildSearchIndex({
      roadmap: healthcareAiRoadmap,
      ...sources,
      cards: sources.userCards.map((card) => ({ ...card, isOwn: true })),
    });
    const find = (query: string) => searchIndex(index, query, { status: 'all', hideSkipped: false }).map((result) => result.entry.kind);
    expect(find('zettelkasten')).toEqual(['resource']);
    expect(find('quokka')).toEqual(['note']);
    expect(find('wombat')).toEqual(['card']);
  });
});
