import { useMemo, useState } from 'react';
import type { Roadmap } from '../../content/types';
import type { UserCardInput } from '../../domain/schemas/card';
import { useCommand } from '../../hooks/use-command';
import { summarizeDue } from '../../domain/review-due';
import {
  buildQueue,
  createReviewState,
  formatInterval,
  gradeCard,
  parseReviewState,
  selectUnlockedCards,
  SESSION_SIZE,
  type ReviewGrade,
  type ReviewState,
} from '../../domain/review-scheduler';
import { CardForm } from './card-form';
import { CardList } from './card-list';
import { orderPhaseCards, pickDrill, startOfLocalDay, type PracticeCard } from '../../domain/practice-cards';
import { AnyTimePractice } from './any-time-practice';
import { describeDuplicate, findDuplicateCard } from '../../domain/duplicates';
import { ReviewSession } from './review-session';
import { useNow } from '../../hooks/use-now';
import { usePracticeData } from '../../hooks/use-practice-data';
import './practice.css';

/** Interview practice: flashcards scheduled by FSRS, grouped by phase, plus the user's own cards. */
export function PracticeView({ roadmap }: { roadmap: Roadmap }) {
  const data = usePracticeData(roadmap);
  const now = useNow();
  const [session, setSession] = useState<{ id: number; cards: PracticeCard[] } | null>(null);
  const run = useCommand();

  const states = useMemo(() => {
    const parsed = new Map<string, ReviewState>();
    for (const review of data?.reviews ?? []) {
      const state = parseReviewState(review.state);
      if (state) parsed.set(review.cardId, state);
    }
    return parsed;
  }, [data?.reviews]);

  if (!data) return <p className="loading">Loading your cards…</p>;

  const unlocked = selectUnlockedCards(data.cards, data.unlockedPhaseIds);
  const summary = summarizeDue(
    data.reviews,
    unlocked.map((card) => card.id),
    now,
    { startOfDay: startOfLocalDay(now) },
  );
  const nextDue = Math.min(...unlocked.map((card) => states.get(card.id)?.due ?? Infinity).filter((due) => due > now));
  const phaseLabel = (phaseId: string) => {
    const phase = roadmap.phases.find((candidate) => candidate.id === phaseId);
    return phase ? `Phase ${phase.number}` : 'Retired phase';
  };
  const lastUnlocked = [...roadmap.phases].reverse().find((phase) => data.unlockedPhaseIds.has(phase.id));
  const firstLocked = roadmap.phases.find(
    (phase) => !data.unlockedPhaseIds.has(phase.id) && data.cards.some((card) => card.phaseId === phase.id),
  );
  const defaultPhaseId = (lastUnlocked ?? roadmap.phases[0])?.id ?? '';

  const startCards = (cards: PracticeCard[]) => setSession({ id: Date.now(), cards });
  const duesById = new Map([...states].map(([cardId, state]) => [cardId, state.due]));
  const practisePhase = (phaseId: string) => startCards(orderPhaseCards(data.cards, phaseId, duesById, Date.now()));
  const startDrill = (count: number) => startCards(pickDrill(data.cards, count, Math.random));

  const startSession = () => {
    const at = Date.now();
    const cards = buildQueue(unlocked, states, at, SESSION_SIZE, { startOfDay: startOfLocalDay(at) });
    setSession({ id: at, cards });
  };

  const grade = (card: PracticeCard, value: ReviewGrade) => {
    const at = Date.now();
    const next = gradeCard(states.get(card.id) ?? createReviewState(at), value, at);
    return run('card.review', { roadmapId: roadmap.id, cardId: card.id, state: next, due: next.due }).then((result) => result.ok);
  };

  const duplicateCard = (question: string, excludeId?: string) => {
    const bank = data.cards.map((card) => ({
      id: card.id,
      phaseId: card.phaseId,
      question: card.question,
      outline: [...card.outline],
      level: card.level ?? 'mid',
    }));
    const match = findDuplicateCard(question, { roadmap: { ...roadmap, interviewQuestions: [] }, bank, userCards: [] }, { excludeId });
    return match ? describeDuplicate(match) : null;
  };

  const saveCard = (card: UserCardInput) =>
    run('card.save', { roadmapId: roadmap.id, card }, { success: card.id ? 'Card saved' : 'Card added', isQuiet: true });
  const deleteCard = async (card: PracticeCard) => (await run('card.delete', { id: card.id }, { success: 'Card deleted' })).ok;

  return (
    <article className="practice" aria-labelledby="practice-title">
      <p className="eyebrow">{roadmap.title}</p>
      <h1 id="practice-title">Interview practice</h1>

      {session ? (
        <ReviewSession
          key={session.id}
          cards={session.cards}
          states={states}
          phaseLabel={phaseLabel}
          onGrade={grade}
          onClose={() => setSession(null)}
        />
      ) : (
        <>
          <section className="card" aria-labelledby="practice-today-title">
            <h2 id="practice-today-title">Today</h2>
            <p className="practice-counts">
              <span>
                <strong>{summary.due}</strong> due for review
              </span>
              <span>
                <strong>{summary.fresh}</strong> new
              </span>
            </p>
            {summary.total > 0 ? (
              <>
                <button type="button" className="button button--primary" onClick={startSession}>
                  Start review
                </button>
                <p className="muted practice-hint">
                  A quick session of up to {SESSION_SIZE} cards.
                  <span className="practice-keys-inline"> Keyboard: Space or Enter shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.</span>
                </p>
              </>
            ) : data.cards.length === 0 ? (
              <p>No cards yet. Add your own below.</p>
            ) : unlocked.length === 0 ? (
              <p>
                No cards to review yet. A phase’s cards join your reviews once you finish its first goal
                {firstLocked && (
                  <>
                    {' '}
                    (start with <a href={`/phase/${firstLocked.id}`}>phase {firstLocked.number}</a>)
                  </>
                )}
                .
              </p>
            ) : (
              <p>
                All caught up.
                {Number.isFinite(nextDue) && ` The next card is due in ${formatInterval(nextDue - now)}.`}
              </p>
            )}
          </section>

          <AnyTimePractice phases={roadmap.phases} cards={data.cards} onPractisePhase={practisePhase} onDrill={startDrill} />

          <CardList
            phases={roadmap.phases}
            cards={data.cards}
            states={states}
            unlockedPhaseIds={data.unlockedPhaseIds}
            now={now}
            onSave={saveCard}
            onDelete={deleteCard}
          />

          <section className="card" aria-labelledby="practice-add-title">
            <h2 id="practice-add-title">Add your own card</h2>
            {roadmap.phases.length > 0 ? (
              <CardForm
                phases={roadmap.phases}
                unlockedPhaseIds={data.unlockedPhaseIds}
                initial={{ phaseId: defaultPhaseId, question: '', outline: [] }}
                label="Add your own card"
                submitLabel="Add card"
                onSave={saveCard}
                findDuplicate={duplicateCard}
              />
            ) : (
              <p className="muted">This roadmap has no phases to attach cards to.</p>
            )}
          </section>
        </>
      )}
    </article>
  );
}
