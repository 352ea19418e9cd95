import { afterEach, describe, expect, it } from 'vitest';
import { answerUnsavedWorkQuestions, askOtherTabsForUnsavedWork, findUpdateBlock } from '../../../src/pwa/unsaved-work';

// Node's BroadcastChannel is the real thing: channels in one process talk like two browser tabs.
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
});

function openTab(hasUnsaved: () => boolean): void {
  stops.push(answerUnsavedWorkQuestions(hasUnsaved));
}

describe('an update waits while any tab holds unsaved work', () => {
  it.each([
    { name: 'no other tab', others: [], here: false, expected: null },
    { name: 'another tab with nothing unsaved', others: [false], here: false, expected: null },
    { name: 'another tab editing a note', others: [false, true], here: false, expected: 'other-tab' },
    { name: 'unsaved text in this tab', others: [false], here: true, expected: 'this-tab' },
  ])('$name → $expected', async ({ others, here, expected }) => {
    for (const hasUnsaved of others) openTab(() => hasUnsaved);
    expect(await findUpdateBlock(() => here)).toBe(expected);
  });

  it('asks afresh each time: a tab that saved its note no longer blocks', async () => {
    let isEditing = true;
    openTab(() => isEditing);
    expect(await askOtherTabsForUnsavedWork(100)).toBe(true);
    isEditing = false;
    expect(await askOtherTabsForUnsavedWork(100)).toBe(false);
  });
});
