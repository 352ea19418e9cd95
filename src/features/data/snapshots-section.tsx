import { useRef, useState } from 'react';
import { MAX_SNAPSHOTS, MAX_SNAPSHOT_TOTAL_BYTES } from '../../domain/backup/limits';
import type { SnapshotSummary } from '../../db/snapshot-repo';
import { useSnapshots } from '../../hooks/use-data-files';
import { useCommand } from '../../hooks/use-command';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';
import { formatBytes, plural } from '../../domain/format';
import { formatInstant } from '../../domain/calendar-day';
import { OutcomeMessage, type Outcome } from './outcome-message';

const REASON_LABELS: Record<SnapshotSummary['reason'], string> = {
  daily: 'Daily',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-sync': 'Before the first sync',
  other: 'Other',
};

function describeCounts(counts: SnapshotSummary['counts']): string {
  if (!counts) return 'contents unreadable';
  return [
    plural(counts.progress, 'item status', 'item statuses'),
    plural(counts.notes, 'note'),
    plural(counts.evidence, 'evidence link'),
    plural(counts.sessions, 'study session'),
    // Newer kinds of data only when present, so the line stays short for people who do not use them.
    ...(counts.userCards > 0 ? [plural(counts.userCards, 'flashcard')] : []),
    ...(counts.customItems > 0 ? [plural(counts.customItems, 'own item')] : []),
    ...(counts.roadmaps > 0 ? [plural(counts.roadmaps, 'imported roadmap')] : []),
  ].join(' · ');
}

interface SnapshotRowProps {
  snapshot: SnapshotSummary;
  isConfirming: boolean;
  isBusy: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onRestore: () => void;
}

function SnapshotRow({ snapshot, isConfirming, isBusy, onAsk, onCancel, onRestore }: SnapshotRowProps) {
  const when = formatInstant(snapshot.createdAt);
  const restoreButton = useRef<HTMLButtonElement>(null);
  // Back from the confirmation (cancelled or done): focus returns to where it started.
  const back = (then: () => void) => () => {
    then();
    focusSoon(() => restoreButton.current);
  };
  const titleId = `snapshot-${snapshot.id}-title`;
  return (
    <li className="data-snapshot" aria-labelledby={titleId}>
      <div className="data-snapshot__info">
        <p id={titleId} className="data-snapshot__title">
          <strong>{when}</strong> <span className="tag">{REASON_LABELS[snapshot.reason]}</span>
        </p>
        <p className="muted">
          {formatBytes(snapshot.sizeBytes)} · {describeCounts(snapshot.counts)}
        </p>
      </div>
      {isConfirming ? (
        <ConfirmGroup
          title={`Restore the data of ${when}?`}
          className="confirm data-confirm"
          confirmLabel={`Yes, restore ${when}`}
          isDanger
          isBusy={isBusy}
          onConfirm={back(onRestore)}
          onCancel={back(onCancel)}
        >
          <p>It replaces your current data. Your current data is kept as a new restore point first, so you can undo this.</p>
        </ConfirmGroup>
      ) : (
        <button
          ref={restoreButton}
          type="button"
          className="button"
          onClick={onAsk}
          disabled={isBusy || !snapshot.counts}
          aria-label={`Restore the data of ${when}`}
        >
          Restore…
        </button>
      )}
    </li>
  );
}

/** Restore points kept in this browser, each restorable (and every restore undoable). */
export function SnapshotsSection() {
  const snapshots = useSnapshots();
  const run = useCommand();
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const restore = async (snapshot: SnapshotSummary) => {
    setBusy(true);
    setOutcome(null);
    const restored = await run('snapshot.restore', { id: snapshot.id }, { isQuiet: true });
    setBusy(false);
    setConfirmingId(null);
    if (!restored.ok) {
      setOutcome({ tone: 'error', message: `Nothing was restored; your data is exactly as it was. ${restored.message}` });
      return;
    }
    const result = restored.value;
    const { removed, added, changed } = result.replace;
    if (removed + added + changed === 0) {
      setOutcome({ tone: 'success', message: 'Your data already matches that restore point; nothing changed.' });
      return;
    }
    const undo =
      result.restorePointId !== null ? ' Your data from just before is now the newest restore point, so this can be undone.' : '';
    setOutcome({ tone: 'success', message: `Restored the data of ${formatInstant(result.restoredCreatedAt)}.${undo}` });
  };

  return (
    <section className="card" aria-labelledby="snapshots-title">
      <h2 id="snapshots-title">Restore points</h2>
      <p>
        The app keeps up to {MAX_SNAPSHOTS} copies of your data in this browser: one on each day you use it, and one before every import or
        restore (at most {formatBytes(MAX_SNAPSHOT_TOTAL_BYTES)} together; the oldest go first). They undo mistakes, but they are stored
        alongside your data, so only an exported file survives a cleared browser.
      </p>
      {snapshots === undefined ? (
        <p className="muted">Loading restore points…</p>
      ) : snapshots.length === 0 ? (
        <p className="muted">No restore points yet. The first is taken the next time the app starts with progress saved.</p>
      ) : (
        <ul className="data-snapshots" aria-label="Restore points, newest first">
          {snapshots.map((snapshot) => (
            <SnapshotRow
              key={snapshot.id}
              snapshot={snapshot}
              isConfirming={confirmingId === snapshot.id}
              isBusy={isBusy}
              onAsk={() => setConfirmingId(snapshot.id)}
              onCancel={() => setConfirmingId(null)}
              onRestore={() => void restore(snapshot)}
            />
          ))}
        </ul>
      )}
      <OutcomeMessage outcome={outcome} />
    </section>
  );
}
