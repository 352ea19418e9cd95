import { formatInstant } from '../../domain/calendar-day';
import { plural } from '../../domain/format';
import type { SyncLogEntry } from '../../domain/sync/sync-state';

/** What recent syncs brought in: "3 ticks and a note from Phone". */
export function SyncLogCard({ log }: { log: readonly SyncLogEntry[] }) {
  return (
    <section className="card" aria-labelledby="sync-log-title">
      <h2 id="sync-log-title">What recent syncs brought</h2>
      {log.length === 0 ? (
        <p className="muted">Nothing has come in from another device yet.</p>
      ) : (
        <ul className="sync-log" data-testid="sync-log">
          {log.slice(0, 8).map((entry) => (
            <li key={`${entry.at}-${entry.deviceId}`}>
              <span className="muted">{formatInstant(entry.at)}</span> {entry.text.charAt(0).toUpperCase() + entry.text.slice(1)}
              {entry.rejected > 0 &&
                ` (${plural(entry.rejected, 'record')} from ${entry.deviceName} could not be used and ${entry.rejected === 1 ? 'was' : 'were'} left out.)`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
