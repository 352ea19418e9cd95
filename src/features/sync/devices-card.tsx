import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatTimeAgo } from '../../domain/sync/sync-status';
import { checkDeviceName } from '../../domain/sync/sync-settings';
import type { PeerState } from '../../domain/sync/sync-state';
import type { SyncOverview } from '../../hooks/use-sync-status';
import { removeSyncDevice, renameThisDevice } from '../../hooks/use-sync-actions';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';
import { SyncField } from './sync-field';
import { focusWhenReady } from './focus-after';

function RenameForm({ name, onClose }: { name: string; onClose: (isSaved: boolean) => void }) {
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkDeviceName(value);
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    const result = await renameThisDevice(value);
    if (result.ok) onClose(true);
    else {
      setError(result.message);
      focusWhenReady(() => inputRef.current);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
    }
  };
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape in any field of the form cancels it; the fields are the interactive elements
    <form className="sync-form sync-inline" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      <SyncField id="sync-rename" label="New name for this device" value={value} onChange={setValue} error={error} inputRef={inputRef} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save name
        </button>
        <button type="button" className="button" onClick={() => onClose(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function describePeer(peer: PeerState, now: number): string {
  if (peer.writtenAt === null) return 'Not synced yet';
  return `Last sent its changes ${formatTimeAgo(Math.min(peer.writtenAt, now), now)}`;
}

/** This device (rename) and the others (last sync, problems, remove). */
export function DevicesCard({ overview, now }: { overview: SyncOverview; now: number }) {
  const [isRenaming, setRenaming] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const peers = Object.values(overview.peers).toSorted((a, b) => a.name.localeCompare(b.name));
  const name = overview.config?.deviceName ?? 'This device';

  const remove = async (peer: PeerState) => {
    const result = await removeSyncDevice(peer.deviceId);
    setRemoving(null);
    if (result.ok) focusSoon(() => headingRef.current);
    else setError(result.message);
  };

  return (
    <section className="card" aria-labelledby="sync-devices-title">
      <h2 id="sync-devices-title" ref={headingRef} tabIndex={-1}>
        Devices
      </h2>
      <ul className="sync-devices">
        <li className="sync-device">
          <div>
            <p className="sync-device__name">
              <strong>{name}</strong> <span className="tag">This device</span>
            </p>
            <p className="muted">
              {overview.status.lastSuccessAt ? `Last synced ${formatTimeAgo(overview.status.lastSuccessAt, now)}` : 'Not synced yet'}
            </p>
          </div>
          {isRenaming ? (
            <RenameForm
              name={name}
              onClose={() => {
                setRenaming(false);
                focusSoon(() => renameButton.current);
              }}
            />
          ) : (
            <button ref={renameButton} type="button" className="button" onClick={() => setRenaming(true)} aria-label={`Rename ${name}`}>
              Rename
            </button>
          )}
        </li>
        {peers.map((peer) => (
          <li key={peer.deviceId} className="sync-device">
            <div>
              <p className="sync-device__name">
                <strong>{peer.name}</strong>
              </p>
              <p className="muted">{describePeer(peer, now)}</p>
              {peer.problem && <p className="sync-warning">{peer.problem}</p>}
            </div>
            {removing === peer.deviceId ? (
              <ConfirmGroup
                title={`Remove ${peer.name} from sync?`}
                confirmLabel={`Remove ${peer.name}`}
                isDanger
                onConfirm={() => void remove(peer)}
                onCancel={() => {
                  setRemoving(null);
                  focusSoon(() => document.getElementById(`sync-remove-${peer.deviceId}`));
                }}
              >
                <p>
                  Its file is deleted from the server and it stops syncing the next time it tries. What it already synced stays on every
                  device, and its own data stays on it.
                </p>
              </ConfirmGroup>
            ) : (
              <button
                id={`sync-remove-${peer.deviceId}`}
                type="button"
                className="button"
                onClick={() => setRemoving(peer.deviceId)}
                aria-label={`Remove ${peer.name} from sync`}
              >
                Remove…
              </button>
            )}
          </li>
        ))}
      </ul>
      {peers.length === 0 && <p className="muted">No other device has synced yet. Add one with the code above.</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
