import { useCallback, useState } from 'react';
import { buildBackupText, readEverything } from '../../hooks/use-data-files';
import { runUiCommand } from '../../hooks/use-command';
import { backupFileName } from '../../domain/backup/backup-format';
import { buildProgressCsv, progressCsvFileName } from '../../domain/backup/progress-csv';
import type { Roadmap } from '../../content/types';
import { downloadText } from '../../components/download-text';
import { formatBytes, messageOf } from '../../domain/format';
import type { Outcome } from './outcome-message';

/** Saving fails but reading still works: exactly when an export matters most. */
export const isSavingFailing = (state: string): boolean => state === 'quota' || state === 'unknown';

/** Export actions with their outcome as state; both only read, so they work while saving fails. */
export function useBackupExport() {
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportJson = useCallback(async (): Promise<boolean> => {
    setBusy(true);
    setOutcome(null);
    const now = Date.now();
    const fileName = backupFileName(now);
    try {
      const { file, text } = await buildBackupText(now);
      downloadText(text, fileName, 'application/json');
      const aside = file.needsAttention.length;
      const attention =
        aside > 0
          ? ` ${aside === 1 ? 'One record that needs attention is' : `${aside.toLocaleString('en-US')} records that need attention are`} in it under its own heading; see “Needs attention” below.`
          : '';
      const saved = `Backup downloaded as ${fileName} (${formatBytes(new Blob([text]).size)}). Keep a copy somewhere other than this browser.${attention}`;
      // The page cannot tell whether the person kept the file; handing it over is what we can record.
      const recorded = await runUiCommand('backup.recordExport', {}, { isQuiet: true });
      setOutcome(
        recorded.ok
          ? { tone: 'success', message: saved }
          : { tone: 'warning', message: `${saved} This device could not note when (${recorded.message}), so the reminder may still show.` },
      );
      return true;
    } catch (error) {
      setOutcome({ tone: 'error', message: messageOf(error) });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  const exportCsv = useCallback(async (roadmap: Roadmap): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    const now = Date.now();
    try {
      const data = await readEverything();
      const csv = buildProgressCsv(roadmap, data.progress, data.notes, data.evidence);
      const fileName = progressCsvFileName(roadmap.id, now);
      // The byte-order mark makes Excel read the file as UTF-8.
      downloadText(`\uFEFF${csv}`, fileName, 'text/csv;charset=utf-8');
      setOutcome({
        tone: 'success',
        message: `Progress downloaded as ${fileName}. It is a report for spreadsheets; only the JSON backup can be imported.`,
      });
    } catch (error) {
      setOutcome({ tone: 'error', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }, []);

  return { isBusy, outcome, exportJson, exportCsv };
}
