import { useEffect, useId, useRef } from 'react';

export interface RemoveConfirmationProps {
  title: string;
  isActive: boolean;
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an imported roadmap is removed, and says that its progress stays. */
export function RemoveConfirmation({ title, isActive, isBusy, onConfirm, onCancel }: RemoveConfirmationProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="roadmap-confirm" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} tabIndex={-1} ref={headingRef}>
        Remove “{title}”?
      </h4>
      <p>
        Your progress, notes and evidence on it are kept: import the same file again (same roadmap id) and everything comes back.
        {isActive && ' You are following it now, so the app goes back to the built-in roadmap.'}
      </p>
      <div className="button-row">
        <button type="button" className="button roadmap-button--danger" onClick={onConfirm} disabled={isBusy}>
          Yes, remove it
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isBusy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
