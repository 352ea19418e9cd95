import { useState } from 'react';
import { isBackupReminderDue } from '../../domain/backup/reminder';
import { useBackupState } from '../../hooks/use-live-records';
import { useCommand } from '../../hooks/use-command';
import { useNow } from '../../hooks/use-now';
import { useUiStore } from '../../store/ui-store';
import { formatAge } from './format';
import { OutcomeMessage } from './outcome-message';
import { isSavingFailing, useBackupExport } from './use-backup-export';
import './data.css';

export function BackupReminderCard() {
  const state = useBackupState();
  const run = useCommand();
  const isFailing = useUiStore((ui) => isSavingFailing(ui.storage.state));
  const { isBusy, outcome, exportJson } = useBackupExport();
  const [isClosed, setClosed] = useState(false);
  const now = useNow(60_000);
  if (!state || isClosed) return null;
  // Kept on screen after an export so its result can be read, although the reminder is no longer due.
  if (!isFailing && !outcome && !isBackupReminderDue(state, now)) return null;

  const reason = isFailing
    ? 'Saving is not working on this device right now, but your data can still be read. Export a backup so none of it is lost.'
    : `${state.lastBackupAt === null ? 'You have not exported a backup yet.' : `Your last backup was ${formatAge(state.lastBackupAt, now)}, and your progress has changed since.`} Your progress lives only in this browser; a backup file keeps it safe if the browser clears its storage.`;

  return (
    <section className={`card data-reminder${isFailing ? ' data-reminder--urgent' : ''}`} aria-labelledby="backup-reminder-title">
      <h2 id="backup-reminder-title">{isFailing ? 'Export a backup now' : 'Time for a backup'}</h2>
      {!outcome && <p>{reason}</p>}
      <OutcomeMessage outcome={outcome} />
      <div className="button-row">
        {!(outcome && outcome.tone !== 'error') && (
          <button type="button" className="button button--primary" onClick={() => void exportJson()} disabled={isBusy}>
            Export backup
          </button>
        )}
        {!isFailing && !outcome && (
          <button type="button" className="button" onClick={() => void run('backup.dismissReminder', {})}>
            Remind me in 14 days
          </button>
        )}
        {outcome && outcome.tone !== 'error' && (
          <button type="button" className="button" onClick={() => setClosed(true)}>
            Close
          </button>
        )}
        <a href="/data" className="button">
          Your data
        </a>
      </div>
    </section>
  );
}
