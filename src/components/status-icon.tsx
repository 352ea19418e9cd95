import type { ItemStatus } from '../domain/records';

/** A shape per status, so status never relies on colour alone. */
export function StatusIcon({ status }: { status: ItemStatus }) {
  return (
    <svg className={`status-icon status-icon--${status}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      {status === 'done' && (
        <path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      )}
      {status === 'in-progress' && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor" />
        </>
      )}
      {status === 'skipped' && (
        <path
          d="M3 8h8m-3-3.5L11.5 8 8 11.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {status === 'not-started' && <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.8" />}
    </svg>
  );
}
