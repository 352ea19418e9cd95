import { useId, useState } from 'react';
import type { Phase } from '../../content/types';
import type { PracticeCard } from '../../domain/practice-cards';
import { plural } from '../../domain/format';

interface AnyTimePracticeProps {
  phases: readonly Phase[];
  cards: readonly PracticeCard[];
  onPractisePhase: (phaseId: string) => void;
  onDrill: (count: number) => void;
}

const DRILL_SIZES = [5, 10, 20] as const;

/**
 * Practice whenever the person wants, whatever the daily queue says: every phase's cards now (an
 * interview next week cannot wait for phase 6 to unlock), or a drill of random cards across all
 * phases. Answers still update each card's schedule.
 */
export function AnyTimePractice({ phases, cards, onPractisePhase, onDrill }: AnyTimePracticeProps) {
  const id = useId();
  const [size, setSize] = useState<number>(10);
  const counts = new Map<string, number>();
  for (const card of cards) counts.set(card.phaseId, (counts.get(card.phaseId) ?? 0) + 1);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Practise any time</h2>
      <p className="muted">
        Your daily reviews bring in a phase’s cards once you finish its first goal. Here every phase is open now, for an interview that will
        not wait.
      </p>
      <ul className="practice-phases">
        {phases.map((phase) => {
          const count = counts.get(phase.id) ?? 0;
          return (
            <li key={phase.id}>
              <button
                type="button"
                className="button"
                disabled={count === 0}
                aria-label={`Practise phase ${phase.number} now: ${phase.title}, ${plural(count, 'card')}`}
                onClick={() => onPractisePhase(phase.id)}
              >
                Practise phase {phase.number} now
              </button>{' '}
              <span className="muted">
                {phase.title} · {plural(count, 'card')}
              </span>
            </li>
          );
        })}
      </ul>
      <fieldset className="practice-drill">
        <legend>Interview drill: random questions from every phase</legend>
        <div className="quick" role="group" aria-label="Number of questions">
          {DRILL_SIZES.map((value) => (
            <button
              key={value}
              type="button"
              className={value === size ? 'chip chip--on' : 'chip'}
              aria-pressed={value === size}
              onClick={() => setSize(value)}
            >
              {value} questions
            </button>
          ))}
        </div>
        <button type="button" className="button button--primary" disabled={cards.length === 0} onClick={() => onDrill(size)}>
          Start a drill of {Math.min(size, cards.length)} questions
        </button>
      </fieldset>
    </section>
  );
}
