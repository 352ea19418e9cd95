import { useEffect, useRef } from 'react';
import type { BackupFile } from '../../domain/backup/backup-format';
import type { ImportMode, ImportPreview } from '../../db/backup-repo';
import { plural } from '../../domain/format';
import { formatInstant } from '../../domain/calendar-day';

export interface SelectedBackup {
  fileName: string;
  file: BackupFile;
  preview: ImportPreview;
}

interface ImportPreviewPanelProps {
  selected: SelectedBackup;
  isConfirmingReplace: boolean;
  isApplying: boolean;
  onApply: (mode: ImportMode) => void;
  onAskReplace: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** Moves keyboard and screen-reader focus to a step's heading when the step appears. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

function MergeSummaryText({ selected }: { selected: SelectedBackup }) {
  const m = selected.preview.merge;
  const changes = m.newerInFile + m.onlyInFile + m.notesThatDiffer - m.notesTooLong;
  return (
    <>
      <p>
        {m.newerHere} newer here, {m.newerInFile} newer in the file, {m.onlyInFile} only in the file, {m.notesThatDiffer}{' '}
        {m.notesThatDiffer === 1 ? 'note that differs' : 'notes that differ'}.
      </p>
      <p className="muted">
        Merge keeps the newer version of each record, adds what is only in the file and deletes nothing. Notes edited on both sides keep
        both texts.
        {m.notesTooLong > 0 && ` ${plural(m.notesTooLong, 'note is', 'notes are')} too long to combine; this device's text is kept.`}
        {changes === 0 && ' The file holds nothing newer, so Merge would change nothing.'}
      </p>
    </>
  );
}

function describeNewerLost(lost: number, changed: number): string {
  if (lost === 0) return '';
  if (changed === 1) return ' (it is newer here, so it would go back to an older version)';
  return ` (${lost} of them ${lost === 1 ? 'is' : 'are'} newer here and would go back to an older version)`;
}

function ReplaceSummaryText({ selected }: { selected: SelectedBackup }) {
  const r = selected.preview.replace;
  return (
    <p>
      Replace makes this device&apos;s data exactly the file&apos;s: {plural(r.removed, 'record')} only on this device would be removed,{' '}
      {r.added} added from the file and {r.changed} changed to the file&apos;s version
      {describeNewerLost(r.newerHereLost, r.changed)}.
    </p>
  );
}

function ReplaceConfirmation({
  selected,
  isApplying,
  onApply,
  onBack,
}: Omit<ImportPreviewPanelProps, 'isConfirmingReplace' | 'onAskReplace' | 'onCancel'>) {
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const r = selected.preview.replace;
  return (
    <div className="data-confirm" role="group" aria-labelledby="replace-confirm-title">
      <h3 id="replace-confirm-title" tabIndex={-1} ref={headingRef}>
        Replace all your data with the file?
      </h3>
      <p>
        {plural(r.removed, 'record')} would be removed and {plural(r.changed, 'record')} changed
        {r.newerHereLost > 0 && `, ${r.newerHereLost} of them to an older version`}. A restore point of your current data is taken first, so
        you can undo this under Restore points.
      </p>
      <div className="button-row">
        <button type="button" className="button data-button--danger" onClick={() => onApply('replace')} disabled={isApplying}>
          Yes, replace my data
        </button>
        <button type="button" className="button" onClick={onBack} disabled={isApplying}>
          Back
        </button>
      </div>
    </div>
  );
}

/** What Merge and Replace would do with the chosen file, and the choice between them. */
export function ImportPreviewPanel(props: ImportPreviewPanelProps) {
  const { selected, isConfirmingReplace, isApplying, onApply, onAskReplace, onCancel } = props;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const replaceButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !isConfirmingReplace) replaceButton.current?.focus();
    wasConfirming.current = isConfirmingReplace;
  }, [isConfirmingReplace]);
  const { file, preview } = selected;
  return (
    <div className="data-preview">
      <h3 id="import-preview-title" tabIndex={-1} ref={headingRef}>
        What importing “{selected.fileName}” would do
      </h3>
      <p className="muted">
        Backup exported {formatInstant(file.exportedAt)} by app version {file.appVersion}: {plural(preview.fileRecords, 'record')} (this
        device has {preview.localRecords}).
      </p>
      <h4>Merge</h4>
      <MergeSummaryText selected={selected} />
      <h4>Replace</h4>
      <ReplaceSummaryText selected={selected} />
      {isConfirmingReplace ? (
        <ReplaceConfirmation {...props} />
      ) : (
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => onApply('merge')} disabled={isApplying}>
            Merge into this device
          </button>
          <button ref={replaceButton} type="button" className="button" onClick={onAskReplace} disabled={isApplying}>
            Replace everything…
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={isApplying}>
            Cancel
          </button>
        </div>
      )}
      {isApplying && <p className="muted">Importing…</p>}
    </div>
  );
}
