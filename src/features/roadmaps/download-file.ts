/**
 * Saves text as a file through a temporary blob: URL and `<a download>`; allowed under the app's
 * CSP. (The data screen has the same helper; features do not import each other.)
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers read the blob after click() returns; revoke once they surely have.
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
