import { formatMinutes } from '../../domain/format';
import type { Consistency } from '../../domain/study-stats';

/** Weekly minutes against the goal; forgiving measures first, the daily streak last. */
export function ConsistencyCard({ consistency }: { consistency: Consistency }) {
  const { thisWeekMinutes, goalMinutes, weeksMeetingGoal, weeksConsidered, rollingFourWeekAverageMinutes } = consistency;
  const percent = goalMinutes ? Math.min(100, Math.round((thisWeekMinutes / goalMinutes) * 100)) : null;
  return (
    <section className="card" aria-labelledby="consistency-title">
      <h2 id="consistency-title">This week</h2>
      <div className="big-number">
        {formatMinutes(thisWeekMinutes)}
        {goalMinutes !== null && <span className="muted"> of your {formatMinutes(goalMinutes)} goal</span>}
      </div>
      {percent !== null && (
        <div
          className="bar"
          role="progressbar"
          aria-label="Weekly goal"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% of the weekly goal`}
        >
          <div className="bar__value" style={{ width: `${percent}%` }} />
        </div>
      )}
      <ul className="stats">
        {weeksMeetingGoal !== null && (
          <li>
            <strong>
              {weeksMeetingGoal} of the last {weeksConsidered} weeks
            </strong>{' '}
            met your goal
          </li>
        )}
        <li>
          <strong>{formatMinutes(rollingFourWeekAverageMinutes)}</strong> a week on average over the last four weeks
        </li>
        {goalMinutes === null && (
          <li className="muted">
            Set hours per week on the <a href="/plan">plan</a> to track a weekly goal.
          </li>
        )}
      </ul>
      <p className="muted small">
        Daily streak: {consistency.currentStreakDays} {consistency.currentStreakDays === 1 ? 'day' : 'days'} (longest{' '}
        {consistency.longestStreakDays}). Missing a day is fine; weeks matter more.
      </p>
    </section>
  );
}
