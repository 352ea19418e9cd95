import { useEffect, useState } from 'react';
import { toLocalDay } from '../domain/plan-overview';

/** Today's calendar day where the user is; updates after midnight and when the tab comes back. */
export function useToday(): string {
  const [today, setToday] = useState(() => toLocalDay(Date.now()));
  useEffect(() => {
    const refresh = () => setToday(toLocalDay(Date.now()));
    const timer = window.setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return today;
}
