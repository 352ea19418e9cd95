import { useRef, useState } from 'react';
import { buildPairingLink } from '../../domain/sync/pairing';
import type { SyncConfig } from '../../domain/sync/sync-state';
import { PairingQr } from './pairing-qr';

/** "Add a device": a QR code and a link with the server address, folder and user name (never a secret). */
export function AddDeviceCard({ config }: { config: SyncConfig }) {
  const link = buildPairingLink(window.location.origin, { url: config.url, folder: config.folder, user: config.user });
  const [copied, setCopied] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('The link is copied. Send it to your other device, or open it there.');
    } catch {
      // No clipboard permission (or an old browser): select the text so the person can copy it.
      inputRef.current?.select();
      setCopied('Copying did not work here; the link is selected, so you can copy it yourself.');
    }
  };

  return (
    <section className="card" aria-labelledby="sync-add-title">
      <h2 id="sync-add-title">Add a device</h2>
      <div className="sync-pair">
        <PairingQr text={link} label="QR code for your other device to scan (it holds the same address as the link beside it)" />
        <div className="sync-pair__text">
          <ol className="sync-steps">
            <li>On your phone or other device, point the camera at this code, or open the link below.</li>
            <li>The app opens with the server filled in.</li>
            <li>Type the password and your passphrase there. Neither is in the code or the link.</li>
          </ol>
          <label htmlFor="sync-pair-link" className="sync-label">
            Link to add a device
          </label>
          <input ref={inputRef} id="sync-pair-link" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>
              Copy link
            </button>
          </div>
          <div role="status" className="sync-result">
            {copied && <p>{copied}</p>}
          </div>
        </div>
      </div>
    </section>
  );
}
