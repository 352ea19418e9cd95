import type { Roadmap } from '../../content/types';
import { selectUnlockedCards, summarizeDue } from '../../domain/review-due';
import { startOfLocalDay } from './practice-cards';
import { useNow } from '../../hooks/use-now';
import { usePracticeData } from './use-practice-data';

/**
 * Dashboard card: how many interview cards are waiting, with a link to practise. Imports no
 * scheduler code (ts-fsrs loads only with the practice view).
 */
export function PracticeDueCount({ roadmap }: { roadmap: Roadmap }) {
  const data = usePracticeData(roadmap);
  const now = useNow();
  if (!data) return null;

  const unlocked = selectUnlockedCards(data.cards, data.unlockedPhaseIds);
  const summary = summarizeDue(
    data.reviews,
    unlocked.map((card) => card.id),
    now,
    { startOfDay: startOfLocalDay(now) },
  );
  const lockedCount = data.cards.length - unlocked.length;

  return (
    <section className="card" aria-labelledby="practice-due-title">
      <h2 id="practice-due-title">Interview practice</h2>
      <p>
        {summary.total === 0 ? (
          'No interview cards due'
        ) : (
          <>
            <strong>{summary.total}</strong> interview {summary.total === 1 ? 'card' : 'cards'} due
            {summary.fresh > 0 && ` (${summary.fresh} new)`}
          </>
        )}
      </p>
      {unlocked.length === 0 && lockedCount > 0 && <p className="muted">Cards of a phase join once you finish its first goal.</p>}
      <a className="button" href="/practice">
        Practise
      </a>
    </section>
  );
}
