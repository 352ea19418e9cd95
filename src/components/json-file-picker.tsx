import type { ChangeEvent, Ref } from 'react';
import './json-file-picker.css';

interface JsonFilePickerProps {
  id: string;
  label: string;
  ref?: Ref<HTMLInputElement>;
  describedBy?: string;
  disabled: boolean;
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A labelled picker for one .json file, with a 44 px button. */
export function JsonFilePicker({ id, label, ref, describedBy, disabled, onChoose }: JsonFilePickerProps) {
  return (
    <div className="file-picker">
      <label htmlFor={id} className="file-picker__label">
        {label}
      </label>
      <input
        id={id}
        ref={ref}
        className="file-picker__input"
        type="file"
        accept="application/json,.json"
        aria-describedby={describedBy}
        onChange={onChoose}
        disabled={disabled}
      />
    </div>
  );
}

/** The chosen file, with the input cleared so choosing the same file again (e.g. after fixing it) fires a change. */
export function takeChosenFile(event: ChangeEvent<HTMLInputElement>): File | null {
  const chosen = event.target.files?.[0] ?? null;
  event.target.value = '';
  return chosen;
}

/** Reads an untrusted file as text, refusing it by size before reading a byte. */
export async function readFileText(
  file: File,
  checkSize: (bytes: number) => string | null,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  const sizeProblem = checkSize(file.size);
  if (sizeProblem) return { ok: false, error: sizeProblem };
  const text = await file.text().catch(() => null);
  return text === null ? { ok: false, error: 'The file could not be read.' } : { ok: true, text };
}
