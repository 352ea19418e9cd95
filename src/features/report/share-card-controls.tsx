import { useState } from 'react';
import type { ProgressCardPicture } from './use-progress-card';
import { shareOrDownloadPng } from './share-image';

interface ShareCardControlsProps {
  picture: ProgressCardPicture;
  fileName: string;
  title: string;
  /** Id of the element that says what the card shows (the button's description). */
  describedBy?: string;
}

const OUTCOME_TEXT = {
  shared: 'The progress card was handed to the share sheet.',
  cancelled: 'Sharing was cancelled; nothing was sent.',
} as const;

/** "Share a progress card": the system share sheet where it takes files, a PNG download elsewhere. */
export function ShareCardControls({ picture, fileName, title, describedBy }: ShareCardControlsProps) {
  const [message, setMessage] = useState('');
  const share = async () => {
    if (!picture.blob) return;
    const outcome = await shareOrDownloadPng(picture.blob, fileName, title);
    setMessage(outcome === 'downloaded' ? `The progress card was saved as ${fileName}.` : OUTCOME_TEXT[outcome]);
  };
  return (
    <div className="share-card">
      <button
        type="button"
        className="button button--primary"
        disabled={!picture.blob}
        aria-describedby={describedBy}
        onClick={() => void share()}
      >
        Share a progress card
      </button>
      {picture.error && (
        <p className="field-error" role="alert">
          The card could not be made: {picture.error}
        </p>
      )}
      <p className="share-card__status" role="status">
        {message}
      </p>
    </div>
  );
}
