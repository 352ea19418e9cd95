import { useEffect, useRef, useState } from 'react';
import type { Phase } from '../../content/types';
import type { UserCardInput } from '../../domain/schemas/card';
import type { SaveOutcome } from '../../components/note-editor';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';
import { formatInterval, type ReviewState } from '../../domain/review-scheduler';
import { CardForm } from './card-form';
import { describeUnlock, type PracticeCard } from '../../domain/practice-cards';

interface CardListProps {
  phases: readonly Phase[];
  cards: readonly PracticeCard[];
  states: ReadonlyMap<string, ReviewState>;
  unlockedPhaseIds: ReadonlySet<string>;
  now: number;
  onSave: (input: UserCardInput) => Promise<SaveOutcome>;
  onDelete: (card: PracticeCard) => Promise<boolean>;
}

interface CardGroup {
  key: string;
  title: string;
  phase: Phase | null;
  cards: PracticeCard[];
}

function groupByPhase(phases: readonly Phase[], cards: readonly PracticeCard[]): CardGroup[] {
  const groups: CardGroup[] = phases.map((phase) => ({
    key: phase.id,
    title: `Phase ${phase.number}: ${phase.title}`,
    phase,
    cards: cards.filter((card) => card.phaseId === phase.id),
  }));
  const known = new Set(phases.map((phase) => phase.id));
  const retired = cards.filter((card) => !known.has(card.phaseId));
  if (retired.length > 0) groups.push({ key: 'retired', title: 'Phases no longer in this roadmap', phase: null, cards: retired });
  return groups;
}

function describeSchedule(state: ReviewState | undefined, now: number): string {
  if (!state) return 'New: not reviewed yet';
  return state.due <= now ? 'Due now' : `Next review in ${formatInterval(state.due - now)}`;
}

/** Every card, grouped by phase; locked phases say how to unlock them; the user's cards can be edited. */
export function CardList({ phases, cards, states, unlockedPhaseIds, now, onSave, onDelete }: CardListProps) {
  return (
    <section className="card" aria-labelledby="practice-cards-title">
      <h2 id="practice-cards-title">All cards</h2>
      {groupByPhase(phases, cards).map((group) => {
        const isUnlocked = group.phase !== null && unlockedPhaseIds.has(group.phase.id);
        const dueCount = group.cards.filter((card) => (states.get(card.id)?.due ?? Infinity) <= now).length;
        return (
          <section key={group.key} className="practice-group" aria-labelledby={`practice-group-${group.key}`}>
            <h3 id={`practice-group-${group.key}`}>{group.title}</h3>
            <p className="muted">
              {group.cards.length} {group.cards.length === 1 ? 'card' : 'cards'}
              {isUnlocked && dueCount > 0 && ` · ${dueCount} due`}
            </p>
            {group.cards.length === 0 && group.phase && <p className="muted">No cards in this phase yet: add your own below.</p>}
            {!isUnlocked && group.cards.length > 0 && (
              <p className="practice-locked">
                {group.phase
                  ? `Locked: ${describeUnlock(group.phase)}.`
                  : 'These cards belong to a phase this roadmap no longer has. They are kept, but not reviewed.'}
              </p>
            )}
            {group.cards.length > 0 && (
              <details className="practice-group__cards" open={group.cards.some((card) => card.isOwn)}>
                <summary>
                  Show the {group.cards.length} {group.cards.length === 1 ? 'card' : 'cards'} of{' '}
                  {group.phase ? `phase ${group.phase.number}` : 'retired phases'}
                </summary>
                <ul className="practice-cards">
                  {group.cards.map((card) => (
                    <CardEntry
                      key={card.id}
                      card={card}
                      schedule={isUnlocked ? describeSchedule(states.get(card.id), now) : null}
                      phases={phases}
                      unlockedPhaseIds={unlockedPhaseIds}
                      onSave={onSave}
                      onDelete={onDelete}
                    />
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </section>
  );
}

interface CardEntryProps {
  card: PracticeCard;
  schedule: string | null;
  phases: readonly Phase[];
  unlockedPhaseIds: ReadonlySet<string>;
  onSave: (input: UserCardInput) => Promise<SaveOutcome>;
  onDelete: (card: PracticeCard) => Promise<boolean>;
}

/** Where focus goes once this card is gone: the next card, else the previous, else the list's heading. */
function findFocusAfterRemoval(from: HTMLElement | null): () => HTMLElement | null {
  const neighbour = from?.nextElementSibling ?? from?.previousElementSibling;
  const section = from?.closest('section');
  return () => {
    const target = neighbour instanceof HTMLElement && neighbour.isConnected ? neighbour.querySelector<HTMLElement>('summary') : null;
    return target ?? section?.querySelector<HTMLElement>('h2') ?? null;
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function CardEntry({ card, schedule, phases, unlockedPhaseIds, onSave, onDelete }: CardEntryProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const [isBusy, setBusy] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLLIElement>(null);
  const shouldRefocus = useRef(false);
  const name = `“${shorten(card.question)}”`;

  useEffect(() => {
    // Back from editing or a cancelled delete: keep keyboard users where they were.
    if (mode === 'view' && shouldRefocus.current) editRef.current?.focus();
    shouldRefocus.current = mode !== 'view';
  }, [mode]);

  if (mode === 'edit') {
    return (
      <li className="practice-card">
        <CardForm
          phases={phases}
          unlockedPhaseIds={unlockedPhaseIds}
          initial={card}
          label={`Edit card ${name}`}
          submitLabel="Save card"
          onSave={async (input) => {
            const outcome = await onSave({ ...input, id: card.id });
            if (outcome.ok) setMode('view');
            return outcome;
          }}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  }

  return (
    <li className="practice-card" ref={rootRef}>
      <details>
        <summary>
          {card.question}
          {card.isOwn && <span className="tag practice-card__tag">Your card</span>}
        </summary>
        {card.outline.length > 0 ? (
          <ul className="practice-outline">
            {/* A list that never reorders, whose points may repeat: the position is part of the key. */}
            {card.outline.map((point, position) => (
              // oxlint-disable-next-line react/no-array-index-key
              <li key={`${position}:${point}`}>{point}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No answer outline.</p>
        )}
      </details>
      {schedule && <p className="muted practice-card__meta">{schedule}</p>}
      {card.isOwn && mode === 'view' && (
        <div className="practice-card__actions">
          <button ref={editRef} type="button" className="link-button" aria-label={`Edit card ${name}`} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="link-button" aria-label={`Delete card ${name}`} onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </div>
      )}
      {card.isOwn && mode === 'confirm-delete' && (
        <ConfirmGroup
          title={`Delete the card ${name}?`}
          level={3}
          className="confirm practice-confirm"
          confirmLabel="Delete card"
          cancelLabel="Keep card"
          isDanger
          isBusy={isBusy}
          onConfirm={() =>
            void (async () => {
              const findNext = findFocusAfterRemoval(rootRef.current);
              setBusy(true);
              const isDeleted = await onDelete(card);
              setBusy(false);
              if (isDeleted) focusSoon(findNext);
              else setMode('view');
            })()
          }
          onCancel={() => setMode('view')}
        >
          <p>It leaves your reviews.</p>
        </ConfirmGroup>
      )}
    </li>
  );
}
