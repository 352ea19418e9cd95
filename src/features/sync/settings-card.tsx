import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { changeSyncPassphrase, stopSyncHere, type ActionResult } from '../../hooks/use-sync-actions';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';
import { SyncField } from './sync-field';
import { focusWhenReady } from './focus-after';

type Field = 'current' | 'next' | 'confirm';

function PassphraseForm({ onClose }: { onClose: (result: ActionResult | null) => void }) {
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  useEffect(() => refs.current.current?.focus(), []);
  const fail = (field: Field, message: string) => {
    setErrors({ [field]: message });
    focusWhenReady(() => refs.current[field]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (values.current === '') return fail('current', 'Enter the passphrase you use now.');
    if (values.next === '') return fail('next', 'Enter the new passphrase.');
    if (values.next !== values.confirm) return fail('confirm', 'The two new passphrases are not the same. Type the new one again.');
    setBusy(true);
    setErrors({});
    const result = await changeSyncPassphrase(values.current, values.next);
    setBusy(false);
    if (result.ok) return onClose(result);
    if (result.field === 'passphrase') return fail('current', result.message);
    setFormError(result.message);
  };
  const bind = (field: Field) => ({
    id: `sync-passphrase-${field}`,
    type: 'password' as const,
    value: values[field],
    onChange: (value: string) => setValues((current) => ({ ...current, [field]: value })),
    error: errors[field] ?? null,
    inputRef: (element: HTMLInputElement | null) => {
      refs.current[field] = element;
    },
    isDisabled: isBusy,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !isBusy) {
      event.preventDefault();
      onClose(null);
    }
  };
  return (
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape in any field of the form cancels it; the fields are the interactive elements
    <form className="sync-form sync-inline" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} noValidate>
      <SyncField {...bind('current')} label="Passphrase you use now" />
      <SyncField {...bind('next')} label="New passphrase" hint="It cannot be recovered either. Write it down somewhere safe." />
      <SyncField {...bind('confirm')} label="New passphrase again" />
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy}>
          {isBusy ? 'Changing…' : 'Change passphrase'}
        </button>
        <button type="button" className="button" onClick={() => onClose(null)} disabled={isBusy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Change the passphrase; stop syncing on this device. */
export function SettingsCard({ onStopped }: { onStopped: () => void }) {
  const [isChanging, setChanging] = useState(false);
  const [isConfirmingStop, setConfirmingStop] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const stopButton = useRef<HTMLButtonElement>(null);

  const stop = async () => {
    const stopped = await stopSyncHere();
    setConfirmingStop(false);
    if (stopped.ok) onStopped();
    else {
      setResult({ ok: false, field: null, message: stopped.message });
      focusSoon(() => stopButton.current);
    }
  };

  return (
    <section className="card" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">Passphrase and stopping</h2>
      {isChanging ? (
        <PassphraseForm
          onClose={(done) => {
            setChanging(false);
            if (done) setResult(done);
            focusSoon(() => changeButton.current);
          }}
        />
      ) : (
        <div className="button-row">
          <button ref={changeButton} type="button" className="button" onClick={() => setChanging(true)}>
            Change passphrase…
          </button>
        </div>
      )}
      <div role="status" className="sync-result">
        {result?.ok && <p>{result.message}</p>}
      </div>
      {result && !result.ok && (
        <p className="field-error" role="alert">
          {result.message}
        </p>
      )}
      {isConfirmingStop ? (
        <ConfirmGroup
          title="Stop syncing on this device?"
          confirmLabel="Stop syncing"
          isDanger
          onConfirm={() => void stop()}
          onCancel={() => {
            setConfirmingStop(false);
            focusSoon(() => stopButton.current);
          }}
        >
          <p>
            Everything you tracked stays on this device, and your other devices keep syncing. This device forgets the server, the password
            and the key.
          </p>
        </ConfirmGroup>
      ) : (
        <div className="button-row">
          <button ref={stopButton} type="button" className="button" onClick={() => setConfirmingStop(true)}>
            Stop syncing on this device…
          </button>
        </div>
      )}
    </section>
  );
}
