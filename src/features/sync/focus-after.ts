/**
 * Focus for after an await: the control may still be disabled (its form was busy) or not yet
 * rendered, and focus() on a disabled control silently does nothing. Tries each frame until the
 * element is there and enabled, for about half a second.
 */
export function focusWhenReady(find: () => HTMLElement | null | undefined, tries = 30): void {
  const attempt = (left: number) => {
    const element = find();
    if (element?.isConnected && !(element as HTMLInputElement).disabled) {
      element.focus();
      if (document.activeElement === element) return;
    }
    if (left > 0) requestAnimationFrame(() => attempt(left - 1));
  };
  requestAnimationFrame(() => attempt(tries));
}
