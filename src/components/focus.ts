/**
 * Where focus goes after an action removed the control that had it (a deleted session, a hidden
 * goal, a closed editor): to a sensible next place instead of the page's <body>.
 */

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The focusable elements inside `root`, in tab order of the document. */
export function listFocusable(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => !element.closest('[hidden], [inert]'));
}

/**
 * Focuses the first element that `find` returns within the next few frames (the element may appear
 * only once React has rendered the change). Gives up quietly after ~half a second.
 */
export function focusSoon(find: () => HTMLElement | null | undefined, tries = 30): void {
  const attempt = (left: number) => {
    const element = find();
    if (element && element.isConnected) {
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(tries));
}

/** The first focusable control of the list item with id `item-<itemId>`, e.g. its checkbox. */
export const findItemControl = (itemId: string): HTMLElement | null => {
  const item = document.getElementById(`item-${itemId}`);
  return item ? (listFocusable(item)[0] ?? null) : null;
};
