import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { JsonFilePicker, readFileText, takeChosenFile } from '../../components/json-file-picker';
import type { ImportMode, ImportResult } from '../../db/backup-repo';
import { previewBackupImport } from '../../hooks/use-data-files';
import { useCommand } from '../../hooks/use-command';
import { checkBackupSize, parseBackupText } from '../../domain/backup/parse-backup';
import { endSentence, messageOf, plural } from '../../domain/format';
import { ImportPreviewPanel, type SelectedBackup } from './import-preview';
import { OutcomeMessage, type Outcome } from './outcome-message';

function describeResult(result: ImportResult): string {
  const undo = result.restorePointId !== null ? ' A restore point of your earlier data was taken first; use it below to undo.' : '';
  if (result.written === 0 && result.mode === 'merge') return 'Merged: the file held nothing newer, so nothing changed.';
  if (result.restorePointId === null && result.written === 0) return 'Your data already matched the file; nothing changed.';
  return result.mode === 'merge'
    ? `Merged: ${plural(result.written, 'record')} taken from the file.${undo}`
    : `Replaced: this device now holds the file's ${plural(result.written, 'record')}.${undo}`;
}

/**
 * Import flow: choose a file → size check → read → parse (any problem shown, nothing touched) →
 * preview → Merge, or Replace after a second confirmation → one transaction with a restore point.
 */
export function ImportSection() {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const isInputFocusDue = useRef(false);
  const [isReading, setReading] = useState(false);
  const [selected, setSelected] = useState<SelectedBackup | null>(null);
  const [isConfirmingReplace, setConfirmingReplace] = useState(false);
  const [isApplying, setApplying] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useCommand();

  const refuse = (message: string) => {
    setSelected(null);
    setOutcome({ tone: 'error', message: `${endSentence(message)} Nothing was changed.` });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(event);
    if (!chosen) return;
    setOutcome(null);
    setSelected(null);
    setConfirmingReplace(false);
    setReading(true);
    try {
      const read = await readFileText(chosen, checkBackupSize);
      if (!read.ok) return refuse(read.error);
      const parsed = parseBackupText(read.text);
      if (!parsed.ok) return refuse(parsed.error);
      const preview = await previewBackupImport(parsed.file, Date.now());
      setSelected({ fileName: chosen.name, file: parsed.file, preview });
    } catch (error) {
      refuse(messageOf(error));
    } finally {
      setReading(false);
    }
  };

  const apply = async (mode: ImportMode) => {
    if (!selected) return;
    setApplying(true);
    const result = await run('backup.import', { file: selected.file, mode }, { isQuiet: true });
    if (result.ok) {
      setSelected(null);
      setOutcome({ tone: 'success', message: describeResult(result.value) });
    } else {
      setOutcome({ tone: 'error', message: `Nothing was imported; your data is exactly as it was. ${result.message}` });
    }
    setApplying(false);
    setConfirmingReplace(false);
    // The buttons that had focus are gone; focus the file input once it is enabled again.
    isInputFocusDue.current = true;
  };

  useEffect(() => {
    if (!isInputFocusDue.current || isApplying) return;
    isInputFocusDue.current = false;
    inputRef.current?.focus();
  });

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">Restore from a file</h2>
      <p>
        Choose a backup file exported by this app. You will see what it would change before anything is written, and a restore point is
        taken first.
      </p>
      <JsonFilePicker
        id={inputId}
        ref={inputRef}
        label="Backup file (.json)"
        disabled={isReading || isApplying}
        onChoose={(event) => void choose(event)}
      />
      {isReading && <p className="muted">Reading the file…</p>}
      {selected && (
        <ImportPreviewPanel
          selected={selected}
          isConfirmingReplace={isConfirmingReplace}
          isApplying={isApplying}
          onApply={(mode) => void apply(mode)}
          onAskReplace={() => setConfirmingReplace(true)}
          onBack={() => setConfirmingReplace(false)}
          onCancel={() => {
            setSelected(null);
            setConfirmingReplace(false);
            inputRef.current?.focus();
          }}
        />
      )}
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
