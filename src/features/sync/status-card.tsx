import { useRef, useState, type FormEvent, type Ref } from 'react';
import type { SyncOverview, SyncStatusLine } from '../../hooks/use-sync-status';
import { requestSyncNow, setSyncPassword, type ActionResult } from '../../hooks/use-sync-actions';
import { SyncField } from './sync-field';
import { focusWhenReady } from './focus-after';

/** What "Sync now" brought, in a sentence. */
function describeRun(result: Awaited<ReturnType<typeof requestSyncNow>>): ActionResult {
  if (result === null) return { ok: false, field: null, message: 'You are offline. Your changes will sync when you are back online.' };
  if (result.status === 'synced') {
    const news = result.log.map((entry) => entry.text).join('; ');
    return { ok: true, message: news === '' ? 'Synced. Nothing new from your other devices.' : `Synced: ${news}.` };
  }
  if (result.status === 'failed') return { ok: false, field: null, message: `Sync failed: ${result.message}` };
  if (result.status === 'removed') return { ok: false, field: null, message: result.message };
  return { ok: true, message: 'Sync is not set up on this device any more.' };
}

function PasswordForm({ user, onDone }: { user: string; onDone: (result: ActionResult) => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await setSyncPassword(user, password);
    setBusy(false);
    if (result.ok) onDone(result);
    else {
      setError(result.message);
      focusWhenReady(() => inputRef.current);
    }
  };
  return (
    <form className="sync-form sync-inline" onSubmit={(event) => void submit(event)} noValidate>
      <SyncField
        id="sync-new-password"
        label={`Password for ${user || 'your account'}`}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={error}
        inputRef={inputRef}
        isDisabled={isBusy}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? 'Checking…' : 'Save and sync'}
        </button>
      </div>
    </form>
  );
}

/** The sync status in words, "Sync now", and the fix for a rejected password. */
export function StatusCard({
  overview,
  line,
  headingRef,
}: {
  overview: SyncOverview;
  line: SyncStatusLine;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { status } = line;
  const [result, setResult] = useState<(ActionResult & { at: number }) | null>(null);
  const [isBusy, setBusy] = useState(false);
  const syncButton = useRef<HTMLButtonElement>(null);
  const isUnauthorized = overview.status.failure?.kind === 'unauthorized';
  const clocksAhead = Object.values(overview.peers).filter((peer) => peer.isClockAhead);

  const syncNow = async () => {
    setBusy(true);
    setResult(null);
    const outcome = describeRun(await requestSyncNow());
    setResult({ ...outcome, at: Date.now() });
    setBusy(false);
    focusWhenReady(() => syncButton.current);
  };

  return (
    <section className="card" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title" ref={headingRef} tabIndex={-1}>
        Sync status
      </h2>
      <p className={`sync-status sync-status--${status.tone}`} data-testid="sync-status">
        {status.text}
      </p>
      {clocksAhead.map((peer) => (
        <p key={peer.deviceId} className="sync-warning">
          The clock of {peer.name} is set more than a day ahead. Its changes still sync, but set its date and time right so that later edits
          here are not taken as older than its own.
        </p>
      ))}
      <div className="button-row">
        <button ref={syncButton} type="button" className="button button--primary" onClick={() => void syncNow()} disabled={isBusy}>
          {isBusy ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      <div role="status" className="sync-result">
        {result?.ok && <p>{result.message}</p>}
      </div>
      {/* A failure stops being news once a later sync (in the background) has succeeded. */}
      {result && !result.ok && !isUnauthorized && (overview.status.lastSuccessAt ?? 0) <= result.at && (
        <p className="field-error" role="alert">
          {result.message}
        </p>
      )}
      {isUnauthorized && overview.config && (
        <>
          <p>If you changed the password (or the app password) for this server, enter the new one here.</p>
          <PasswordForm
            user={overview.config.user}
            onDone={(done) => {
              setResult({ ...done, at: Date.now() });
              focusWhenReady(() => syncButton.current);
            }}
          />
        </>
      )}
    </section>
  );
}
