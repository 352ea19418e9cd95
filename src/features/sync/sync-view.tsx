import { useEffect, useRef, useState } from 'react';
import { readPairingFragment, type PairingInfo } from '../../domain/sync/pairing';
import { useSyncOverview, useSyncStatus } from '../../hooks/use-sync-status';
import { focusSoon } from '../../components/focus';
import { SetupForm } from './setup-form';
import { StatusCard } from './status-card';
import { AddDeviceCard } from './add-device-card';
import { DevicesCard } from './devices-card';
import { SyncLogCard } from './sync-log-card';
import { SettingsCard } from './settings-card';
import './sync.css';

/** The pairing code of the address this page was opened with, read once; the fragment is then cleared from the address bar. */
function usePairingFromLink(): PairingInfo | null {
  const [pairing] = useState(() => readPairingFragment(window.location.hash));
  useEffect(() => {
    if (window.location.hash.includes('pair=')) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return pairing;
}

/** Route /sync: set up or join sync, then its status, devices, log and settings. */
export function SyncView() {
  const overview = useSyncOverview();
  const line = useSyncStatus();
  const pairing = usePairingFromLink();
  const [notice, setNotice] = useState<string | null>(null);
  const statusHeading = useRef<HTMLHeadingElement>(null);
  const setupHeading = useRef<HTMLHeadingElement>(null);

  if (!overview || !line) return <p className="loading">Loading…</p>;
  const removal = overview.status.failure?.kind === 'removed' ? overview.status.failure.message : null;

  return (
    <div className="sync-view">
      <h1>Sync your devices</h1>
      <p className="lead">
        Keep your phone and your laptop in step through storage you own: Nextcloud, a home server or any WebDAV folder. Everything is
        encrypted on this device with a passphrase only you know, so the storage host sees scrambled files and nothing else.
      </p>
      <div role="status" className="sync-result">
        {notice && <p className="sync-notice">{notice}</p>}
      </div>
      {overview.config ? (
        <>
          <StatusCard overview={overview} line={line} headingRef={statusHeading} />
          <AddDeviceCard config={overview.config} />
          <DevicesCard overview={overview} now={line.now} />
          <SyncLogCard log={overview.log} />
          <SettingsCard
            onStopped={() => {
              setNotice('Sync is stopped on this device. Everything you tracked stays here.');
              focusSoon(() => setupHeading.current);
            }}
          />
        </>
      ) : (
        <section className="card" aria-labelledby="sync-setup-title">
          <h2 id="sync-setup-title" ref={setupHeading} tabIndex={-1}>
            {pairing ? 'Join sync on this device' : 'Set up sync'}
          </h2>
          {removal && <p className="sync-warning">{removal}</p>}
          <p>
            You need a WebDAV folder that this app may reach from the browser: Nextcloud with its WebAppPassword app, Apache with mod_dav,
            or a home server that allows this app’s address. Use “Test connection” to check before you set up.
          </p>
          <SetupForm
            pairing={pairing}
            onDone={(message) => {
              setNotice(message);
              focusSoon(() => statusHeading.current);
            }}
          />
        </section>
      )}
    </div>
  );
}
