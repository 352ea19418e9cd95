import type { ReactNode, Ref } from 'react';

interface SyncFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  hint?: ReactNode;
  error?: string | null;
  autoComplete?: string;
  inputRef?: Ref<HTMLInputElement>;
  isDisabled?: boolean;
}

/** A labelled input with its hint and its error, both tied to it for screen readers. */
export function SyncField({
  id,
  label,
  value,
  onChange,
  type = 'text',
  hint,
  error,
  autoComplete = 'off',
  inputRef,
  isDisabled,
}: SyncFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="sync-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="sync-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        disabled={isDisabled}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
