/**
 * Saves text as a file through a temporary blob: URL and `<a download>`. Works under the app's CSP
 * (`default-src 'self'`): a download is not a fetch or a script, and no inline style is set. Shared by every feature that exports a file.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves any bytes (a PNG picture, say) as a file, the same way. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers start reading the blob after click() returns; revoke once they surely have
  // (FileSaver.js waits 40 s for the same reason).
  window.setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
