import { Component, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Shows a plain message instead of a blank page when a view fails (e.g. storage read errors). */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    // Leaving the failed view (a new resetKey) clears the error: the documented error-boundary reset.
    // oxlint-disable-next-line react/no-did-update-set-state
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card" role="alert" aria-labelledby="failure-title">
        <h1 id="failure-title">This view could not be shown</h1>
        <p>{this.state.error.message || 'Something went wrong while reading your data.'}</p>
        <p>Your saved progress is not affected. Reload the page to try again.</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
}
