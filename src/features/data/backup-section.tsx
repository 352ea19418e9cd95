import type { Roadmap } from '../../content/types';
import { useBackupState } from '../../hooks/use-live-records';
import { useNow } from '../../hooks/use-now';
import { useUiStore } from '../../store/ui-store';
import { formatAge } from './format';
import { formatInstant } from '../../domain/calendar-day';
import { OutcomeMessage } from './outcome-message';
import { StorageState } from './storage-state';
import { isSavingFailing, useBackupExport } from './use-backup-export';

function LastBackup() {
  const state = useBackupState();
  const now = useNow(60_000);
  if (!state) return null;
  const hasChangesSince = state.lastChangeAt !== null && (state.lastBackupAt === null || state.lastChangeAt > state.lastBackupAt);
  return (
    <p>
      {state.lastBackupAt === null ? (
        'No backup has been exported from this device yet.'
      ) : (
        <>
          Last backup: <strong>{formatInstant(state.lastBackupAt)}</strong> ({formatAge(state.lastBackupAt, now)}).
        </>
      )}{' '}
      {state.lastBackupAt !== null && (hasChangesSince ? 'Your progress has changed since.' : 'Nothing has changed since.')}
    </p>
  );
}

export function BackupSection({ roadmap }: { roadmap: Roadmap }) {
  const storageState = useUiStore((state) => state.storage.state);
  const { isBusy, outcome, exportJson, exportCsv } = useBackupExport();
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Back up</h2>
      {isSavingFailing(storageState) && (
        <div className="banner banner--error data-banner" role="alert">
          <p>
            <strong>Saving is not working on this device right now.</strong> Your data can still be read: export a backup now so none of it
            is lost.
          </p>
        </div>
      )}
      <p>
        Your progress lives only in this browser. A backup file holds all of it (ticks, notes, evidence links, plans, the study log,
        settings, your flashcards and their review schedule, your own and hidden items, and imported roadmaps) and can be imported here or
        on another device.
      </p>
      <LastBackup />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void exportJson()} disabled={isBusy}>
          Export backup (.json)
        </button>
        <button type="button" className="button" onClick={() => void exportCsv(roadmap)} disabled={isBusy}>
          Export progress as CSV
        </button>
      </div>
      <p className="muted data-hint">
        The CSV lists every goal, resource and milestone of {roadmap.title} for spreadsheets. Only the JSON backup can be imported.
      </p>
      <OutcomeMessage outcome={outcome} />
      <StorageState refreshKey={outcome} />
    </section>
  );
}
