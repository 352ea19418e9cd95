import { useUiStore } from '../store/ui-store';
import { reloadToUpdate } from '../pwa/register-service-worker';

/** Storage failures and waiting updates, stated plainly with a way forward. */
export function StatusBanners() {
  const storage = useUiStore((state) => state.storage);
  const isUpdateWaiting = useUiStore((state) => state.isUpdateWaiting);
  return (
    <>
      {storage.state !== 'ok' && (
        <div className="banner banner--error" role="alert">
          <p>
            <strong>Your changes are not being saved.</strong> {storage.message}
          </p>
          {(storage.state === 'version-change' || storage.state === 'blocked') && (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload this tab
            </button>
          )}
        </div>
      )}
      {isUpdateWaiting && (
        <div className="banner" role="status">
          <p>A new version of the app is ready. Your progress is kept.</p>
          <button type="button" className="button button--primary" onClick={() => void reloadToUpdate()}>
            Reload to update
          </button>
        </div>
      )}
    </>
  );
}
