import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { listFocusable } from './focus';

interface ConfirmGroupProps {
  /** The question, e.g. "Delete “Learn SQL joins”?" */
  title: string;
  /** What happens, in a sentence or two. */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  isBusy?: boolean;
  isDanger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Heading level of the title inside its section. */
  level?: 3 | 4;
  className?: string;
}

/**
 * An inline confirmation that keeps focus until it is answered: it takes focus when it opens (the
 * title is read first), Tab and Shift+Tab cycle inside it, Escape answers "cancel".
 */
export function ConfirmGroup({
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  isBusy = false,
  isDanger = false,
  onConfirm,
  onCancel,
  level = 3,
  className = 'confirm',
}: ConfirmGroupProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => titleRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (!isBusy) onCancel();
      return;
    }
    if (event.key !== 'Tab' || !rootRef.current) return;
    const focusable = listFocusable(rootRef.current);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === titleRef.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    // Keys pressed in the fields and buttons inside reach here: Escape closes, Tab stays inside.
    // oxlint-disable-next-line jsx-a11y/no-static-element-interactions, jsx-a11y/no-noninteractive-element-interactions
    <div ref={rootRef} className={className} role="group" aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <Heading id={titleId} ref={titleRef} tabIndex={-1} className="confirm__title">
        {title}
      </Heading>
      {children}
      <div className="button-row">
        <button
          type="button"
          className={isDanger ? 'button button--danger' : 'button button--primary'}
          onClick={onConfirm}
          disabled={isBusy}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={isBusy}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
