export interface Outcome {
  tone: 'success' | 'warning' | 'error';
  message: string;
}

/**
 * A result in a live region that is always rendered, so screen readers announce it when it
 * changes; errors go to role=alert.
 */
export function OutcomeMessage({ outcome }: { outcome: Outcome | null }) {
  return (
    <>
      <div role="status" className="data-status">
        {outcome && outcome.tone !== 'error' && (
          <p className={outcome.tone === 'warning' ? 'data-warning' : undefined}>{outcome.message}</p>
        )}
      </div>
      {outcome?.tone === 'error' && (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      )}
    </>
  );
}
