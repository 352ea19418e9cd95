/**
 * Unsaved work across tabs. Editors mark themselves with `data-unsaved="true"` while they hold
 * text that is not saved; tabs answer each other's "anything unsaved?" over a BroadcastChannel,
 * so an update (which reloads every tab) waits until nothing would be lost.
 */
const CHANNEL_NAME = 'roadmap-tracker-unsaved-work';
const ANSWER_WAIT_MS = 250;

type Message = { type: 'ask'; id: string } | { type: 'answer'; id: string; hasUnsaved: boolean };

export function hasUnsavedWorkHere(root: ParentNode = document): boolean {
  return root.querySelector('[data-unsaved="true"]') !== null;
}

/** Answers other tabs' questions; returns a function that stops answering. */
export function answerUnsavedWorkQuestions(hasUnsaved: () => boolean = hasUnsavedWorkHere): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.addEventListener('message', (event: MessageEvent<Message>) => {
    // BroadcastChannel reaches only this origin's tabs; it has no targetOrigin to give.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    if (event.data?.type === 'ask') channel.postMessage({ type: 'answer', id: event.data.id, hasUnsaved: hasUnsaved() } satisfies Message);
  });
  return () => channel.close();
}

/** Asks every other open tab whether it holds unsaved work; resolves after a short wait. */
export async function askOtherTabsForUnsavedWork(waitMs: number = ANSWER_WAIT_MS): Promise<boolean> {
  if (typeof BroadcastChannel === 'undefined') return false;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  let hasUnsaved = false;
  channel.addEventListener('message', (event: MessageEvent<Message>) => {
    if (event.data?.type === 'answer' && event.data.id === id && event.data.hasUnsaved) hasUnsaved = true;
  });
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- BroadcastChannel has no target origin
  channel.postMessage({ type: 'ask', id } satisfies Message);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  channel.close();
  return hasUnsaved;
}

export type UpdateBlock = 'this-tab' | 'other-tab' | null;

/** Why an update must wait, if it must: unsaved text here or in another tab. */
export async function findUpdateBlock(hasUnsavedHere: () => boolean = hasUnsavedWorkHere): Promise<UpdateBlock> {
  if (hasUnsavedHere()) return 'this-tab';
  return (await askOtherTabsForUnsavedWork()) ? 'other-tab' : null;
}
