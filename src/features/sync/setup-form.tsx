import { useRef, useState, type FormEvent } from 'react';
import type { PairingInfo } from '../../domain/sync/pairing';
import { DEFAULT_SYNC_FOLDER, suggestDeviceName } from '../../domain/sync/sync-settings';
import { setUpSync, testSyncServer, type ActionResult, type Failure } from '../../hooks/use-sync-actions';
import { SyncField } from './sync-field';
import { focusWhenReady } from './focus-after';

type Mode = 'create' | 'join';
type Field = 'url' | 'user' | 'password' | 'folder' | 'deviceName' | 'passphrase' | 'confirm';

interface SetupFormProps {
  pairing: PairingInfo | null;
  onDone: (message: string) => void;
}

const FIELD_ORDER: readonly Field[] = ['url', 'user', 'password', 'folder', 'deviceName', 'passphrase', 'confirm'];

/** Set up sync on a first device, or join it from another; nothing is stored until both the server and the passphrase check out. */
export function SetupForm({ pairing, onDone }: SetupFormProps) {
  const [mode, setMode] = useState<Mode>(pairing ? 'join' : 'create');
  const [values, setValues] = useState<Record<Field, string>>({
    url: pairing?.url ?? '',
    user: pairing?.user ?? '',
    password: '',
    folder: pairing?.folder ?? DEFAULT_SYNC_FOLDER,
    deviceName: suggestDeviceName(navigator.userAgent),
    passphrase: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<ActionResult | null>(null);
  const [testPassed, setTestPassed] = useState<string | null>(null);
  const [isBusy, setBusy] = useState<'test' | 'setup' | null>(null);
  const refs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const messageRef = useRef<HTMLParagraphElement>(null);

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const bind = (field: Field) => ({
    id: `sync-${field}`,
    value: values[field],
    onChange: set(field),
    error: errors[field] ?? null,
    inputRef: (element: HTMLInputElement | null) => {
      refs.current[field] = element;
    },
    isDisabled: isBusy !== null,
  });

  const showFailure = (failure: Failure) => {
    const field = failure.field === 'newPassphrase' ? 'passphrase' : failure.field;
    if (field && FIELD_ORDER.includes(field)) {
      setErrors({ [field]: failure.message });
      setMessage(null);
      focusWhenReady(() => refs.current[field]);
    } else {
      setErrors({});
      setMessage(failure);
      focusWhenReady(() => messageRef.current);
    }
  };

  const onTest = async () => {
    setBusy('test');
    setErrors({});
    setMessage(null);
    setTestPassed(null);
    const result = await testSyncServer({ url: values.url, user: values.user, password: values.password });
    setBusy(null);
    // Said next to the button that asked; a failure goes to its field or the form's alert.
    if (result.ok) setTestPassed(result.message);
    else showFailure(result);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (values.url.trim() === '') missing.url = 'Enter the address of your WebDAV folder.';
    if (values.passphrase === '') missing.passphrase = 'Enter a passphrase.';
    if (mode === 'create' && values.passphrase !== '' && values.passphrase !== values.confirm) {
      missing.confirm = 'The two passphrases are not the same. Type the passphrase again.';
    }
    const first = FIELD_ORDER.find((field) => missing[field]);
    if (first) {
      setErrors(missing);
      setMessage(null);
      refs.current[first]?.focus();
      return;
    }
    setBusy('setup');
    setErrors({});
    setMessage(null);
    setTestPassed(null);
    const result = await setUpSync({ ...values, mode });
    setBusy(null);
    if (result.ok) onDone(result.message);
    else showFailure(result);
  };

  return (
    <form className="sync-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="sync-setup-title">
      <fieldset className="sync-choices">
        <legend>Is this your first device with sync?</legend>
        <label className="sync-choice">
          <input type="radio" name="sync-mode" checked={mode === 'create'} onChange={() => setMode('create')} disabled={isBusy !== null} />
          Yes, set up sync for the first time
        </label>
        <label className="sync-choice">
          <input type="radio" name="sync-mode" checked={mode === 'join'} onChange={() => setMode('join')} disabled={isBusy !== null} />
          No, another device already syncs: join it
        </label>
      </fieldset>
      {pairing && (
        <p className="sync-note">The server details from your other device are filled in. Enter the password and the passphrase.</p>
      )}

      <h3>Your WebDAV storage</h3>
      <SyncField
        {...bind('url')}
        label="WebDAV address"
        type="url"
        autoComplete="url"
        hint="For Nextcloud: https://your.cloud/remote.php/dav/files/your-name/ — it must start with https:// (http:// only for a server on this computer, localhost or 127.0.0.1)."
      />
      <SyncField {...bind('user')} label="User name" autoComplete="username" />
      <SyncField
        {...bind('password')}
        label="Password or app password"
        type="password"
        autoComplete="current-password"
        hint="It stays on this device and goes only to that server. With Nextcloud, create an app password for this."
      />
      <div className="button-row">
        <button type="button" className="button" onClick={() => void onTest()} disabled={isBusy !== null}>
          {isBusy === 'test' ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <div role="status" className="sync-result">
        {testPassed && <p>{testPassed}</p>}
      </div>
      <SyncField
        {...bind('folder')}
        label="Folder for the sync files"
        hint="Made inside the WebDAV folder. All your devices use the same one."
      />
      <SyncField {...bind('deviceName')} label="Name of this device" hint="How your other devices list this one." />

      <h3>Your passphrase</h3>
      <p className="sync-warning">
        {mode === 'create'
          ? 'The passphrase encrypts everything before it leaves this device; the server only ever sees scrambled files. It is never sent anywhere and cannot be recovered: if you forget it, the synced copy cannot be read and you have to set sync up again. Write it down somewhere safe.'
          : 'Enter the passphrase you chose when you set up sync on your first device.'}
      </p>
      <SyncField {...bind('passphrase')} label="Passphrase" type="password" autoComplete="off" />
      {mode === 'create' && <SyncField {...bind('confirm')} label="Passphrase again" type="password" autoComplete="off" />}

      <div role="status" className="sync-result">
        {message?.ok && <p>{message.message}</p>}
      </div>
      {message && !message.ok && (
        <p ref={messageRef} tabIndex={-1} role="alert" className="field-error">
          {message.message}
        </p>
      )}
      {isBusy === 'setup' && <p className="muted">Opening the vault… turning the passphrase into a key takes a few seconds.</p>}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isBusy !== null}>
          {isBusy === 'setup' ? 'Please wait…' : mode === 'create' ? 'Set up sync' : 'Join sync'}
        </button>
      </div>
    </form>
  );
}
