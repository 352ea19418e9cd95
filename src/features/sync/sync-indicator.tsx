import { useSyncStatus } from '../../hooks/use-sync-status';
import type { SyncTone } from '../../domain/sync/sync-status';
import { StrokeIcon } from '../../components/stroke-icon';

const SYNC_ICONS: Record<SyncTone, string> = {
  ok: 'M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18zM9.5 13.5l2 2 3.5-4',
  busy: 'M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18zM12 11v3l2 1',
  offline: 'M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18zM4 4l16 16',
  error: 'M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18zM12 10v3M12 15.5v.5',
  stopped: 'M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.1 9.1 4.5 4.5 0 0 0 7 18zM12 10v3M12 15.5v.5',
};

/** The compact sync status, shown once sync is set up; its full sentence is the link's name. */
export function SyncIndicator({ isCurrent }: { isCurrent: boolean }) {
  const view = useSyncStatus();
  if (!view || view.config === null) return null;
  const { status } = view;
  return (
    <a
      href="/sync"
      className="search-link search-link--sync"
      aria-current={isCurrent ? 'page' : undefined}
      aria-label={`Sync: ${status.text}`}
      data-testid="sync-indicator"
      data-tone={status.tone}
    >
      <StrokeIcon path={SYNC_ICONS[status.tone]} />
      <span>{status.short}</span>
    </a>
  );
}
