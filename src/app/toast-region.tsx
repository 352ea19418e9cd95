import { useEffect } from 'react';
import { dismissToast, useUiStore } from '../store/ui-store';

const TOAST_MS = 5000;

/** Short confirmations and errors; errors stay until dismissed. */
export function ToastRegion() {
  const toasts = useUiStore((state) => state.toasts);
  useEffect(() => {
    const timers = toasts
      .filter((toast) => toast.tone !== 'error')
      .map((toast) => window.setTimeout(() => dismissToast(toast.id), TOAST_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [toasts]);
  return (
    <div className="toasts" aria-live="polite" role="status">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toast.message}</span>
          <button type="button" className="toast__close" onClick={() => dismissToast(toast.id)} aria-label="Dismiss message">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
