import { downloadBlob } from '../../components/download-text';

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/**
 * Offers the picture to the system share sheet (Web Share API with files: phones, Safari, Chrome
 * on Windows and macOS); where files cannot be shared, saves it as a download instead.
 */
export async function shareOrDownloadPng(blob: Blob, fileName: string, title: string): Promise<ShareOutcome> {
  const file = new File([blob], 'progress.png', { type: 'image/png' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: nothing to do. Any other refusal falls back to a download.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  downloadBlob(blob, fileName);
  return 'downloaded';
}
