import { useState } from 'react';
import { isIosSafariTab } from '../domain/home-screen';
import { useBrowserEnvironment } from '../hooks/use-browser-environment';
import './home-screen-hint.css';

/** Device-local on purpose: whether this browser was added to the Home Screen is no other device's business. */
const DISMISSED_KEY = 'roadmap-tracker.home-screen-hint-dismissed';

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    // Storage blocked (private mode, settings): the hint shows, and hiding it lasts for this visit.
    return false;
  }
}

function rememberDismissed(): void {
  try {
    window.localStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // See readDismissed.
  }
}

/**
 * In an iPhone or iPad Safari tab, once: how to add the app to the Home Screen, and why it matters
 * for the data. Asks for nothing; only the person's own taps in Safari install the app.
 */
export function HomeScreenHint() {
  const environment = useBrowserEnvironment();
  const [isDismissed, setDismissed] = useState(readDismissed);
  if (isDismissed || !isIosSafariTab(environment)) return null;
  const dismiss = () => {
    rememberDismissed();
    setDismissed(true);
  };
  return (
    <section className="banner home-screen-hint" aria-labelledby="home-screen-hint-title">
      <div>
        <h2 id="home-screen-hint-title" className="home-screen-hint__title">
          Keep your progress safe: add the app to your Home Screen
        </h2>
        <p>
          In Safari, tap Share, then Add to Home Screen. The app then opens from its own icon and works offline, and Safari no longer
          deletes its data after 7 days without a visit.
        </p>
      </div>
      <button type="button" className="button" onClick={dismiss}>
        Got it, hide this
      </button>
    </section>
  );
}
