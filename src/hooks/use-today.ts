import { useEffect, useState } from 'react';
import { studyDayOf, type CalendarDay } from '../domain/calendar-day';

/** Today's calendar day where the person is; updates after midnight and when the tab comes back. */
export function useToday(): CalendarDay {
  const [today, setToday] = useState(() => studyDayOf(Date.now()));
  useEffect(() => {
    const refresh = () => setToday(studyDayOf(Date.now()));
    const timer = window.setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return today;
}
