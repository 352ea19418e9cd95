import { useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../../components/progress-bar';
import { createReviewState, previewIntervals, REVIEW_GRADES, type ReviewGrade, type ReviewState } from '../../domain/review-scheduler';
import type { PracticeCard } from '../../domain/practice-cards';

export const GRADE_LABELS: Record<ReviewGrade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

const LEVEL_LABELS = { entry: 'entry level', mid: 'mid level', senior: 'senior level' } as const;

interface ReviewSessionProps {
  /** The session's cards, fixed when it started. */
  cards: readonly PracticeCard[];
  /** Live review states by card id (a card without one is new). */
  states: ReadonlyMap<string, ReviewState>;
  phaseLabel: (phaseId: string) => string;
  /** Saves the answer; resolves false when it could not be saved (the card then stays). */
  onGrade: (card: PracticeCard, grade: ReviewGrade) => Promise<boolean>;
  onClose: () => void;
}

const EMPTY_TALLY: Record<ReviewGrade, number> = { again: 0, hard: 0, good: 0, easy: 0 };

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, summary, [role="button"]') !== null;
}

/** One card at a time: question, "Show answer", then Again / Hard / Good / Easy with the next interval. */
export function ReviewSession({ cards, states, phaseLabel, onGrade, onClose }: ReviewSessionProps) {
  const [index, setIndex] = useState(0);
  const [isRevealed, setRevealed] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [tally, setTally] = useState(EMPTY_TALLY);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const revealRef = useRef<HTMLButtonElement>(null);
  const answerRef = useRef<HTMLHeadingElement>(null);
  const gradesRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const savingRef = useRef(false);
  const card = cards[index];

  useEffect(() => {
    if (!card) summaryRef.current?.focus();
    else if (isRevealed) {
      answerRef.current?.focus({ preventScroll: true });
      // On a phone the grade buttons sit below the answer: show them without a manual scroll.
      gradesRef.current?.scrollIntoView({ block: 'nearest' });
    } else revealRef.current?.focus();
  }, [card, isRevealed]);

  const reveal = () => {
    setShownAt(Date.now());
    setRevealed(true);
  };

  const grade = async (value: ReviewGrade) => {
    // A ref, not state: two quick key presses must not both save.
    if (!card || !isRevealed || savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    const isSaved = await onGrade(card, value);
    savingRef.current = false;
    setSaving(false);
    if (!isSaved) return;
    setTally((current) => ({ ...current, [value]: current[value] + 1 }));
    setRevealed(false);
    setIndex((current) => current + 1);
  };

  // Re-subscribed on every render so the handler always sees the current card.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!card || event.repeat || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      if (!isRevealed && (event.key === ' ' || event.key === 'Enter')) {
        // A focused button handles Space/Enter itself (e.g. "End session"); only bare keys reveal.
        if (isInteractive(event.target)) return;
        event.preventDefault();
        reveal();
        return;
      }
      const chosen = /^[1-4]$/.test(event.key) ? REVIEW_GRADES[Number(event.key) - 1] : undefined;
      if (isRevealed && chosen) {
        event.preventDefault();
        void grade(chosen);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  if (!card) {
    const reviewed = REVIEW_GRADES.reduce((sum, value) => sum + tally[value], 0);
    return (
      <section className="card practice-session" aria-labelledby="session-summary-title">
        <h2 id="session-summary-title" ref={summaryRef} tabIndex={-1}>
          Session complete
        </h2>
        <p>
          You reviewed {reviewed} {reviewed === 1 ? 'card' : 'cards'}.
        </p>
        <ul className="practice-tally">
          {REVIEW_GRADES.map((value) => (
            <li key={value}>
              {GRADE_LABELS[value]}: <strong>{tally[value]}</strong>
            </li>
          ))}
        </ul>
        {tally.again > 0 && <p className="muted">Cards you answered “Again” come back in a few minutes.</p>}
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onClose}>
            Back to your cards
          </button>
        </div>
      </section>
    );
  }

  const state = states.get(card.id) ?? createReviewState(shownAt);
  const intervals = isRevealed ? previewIntervals(state, shownAt) : null;

  return (
    <section className="card practice-session" aria-labelledby="session-question">
      <div className="practice-session__top">
        <p className="eyebrow">
          Card {index + 1} of {cards.length} · {phaseLabel(card.phaseId)}
          {!states.has(card.id) && ' · new'}
          {card.level && ` · ${LEVEL_LABELS[card.level]}`}
        </p>
        <button type="button" className="link-button" onClick={onClose}>
          End session
        </button>
      </div>
      <ProgressBar percent={(index / cards.length) * 100} />
      <h2 id="session-question" className="practice-question">
        {card.question}
      </h2>
      {!isRevealed ? (
        <button ref={revealRef} type="button" className="button button--primary practice-reveal" onClick={reveal}>
          Show answer
        </button>
      ) : (
        <div className="practice-answer">
          <h3 ref={answerRef} tabIndex={-1}>
            Answer outline
          </h3>
          {card.outline.length > 0 ? (
            <ul className="practice-outline">
              {/* A list that never reorders, whose points may repeat: the position is part of the key. */}
              {card.outline.map((point, position) => (
                // oxlint-disable-next-line react/no-array-index-key
                <li key={`${position}:${point}`}>{point}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">This card has no answer outline.</p>
          )}
          <div ref={gradesRef} className="practice-grades" role="group" aria-label="How well did you recall it?">
            {REVIEW_GRADES.map((value, position) => (
              <button
                key={value}
                type="button"
                className={`button practice-grade practice-grade--${value}`}
                aria-label={`${GRADE_LABELS[value]}, next in ${intervals?.[value] ?? ''}`}
                aria-keyshortcuts={String(position + 1)}
                disabled={isSaving}
                onClick={() => void grade(value)}
              >
                <span className="practice-grade__label">{GRADE_LABELS[value]}</span>
                <span className="practice-grade__interval"> next in {intervals?.[value]}</span>
              </button>
            ))}
          </div>
        </div>
      )}
      <p className="muted practice-keys">
        Keyboard: <kbd>Space</kbd> or <kbd>Enter</kbd> shows the answer; <kbd>1</kbd> Again, <kbd>2</kbd> Hard, <kbd>3</kbd> Good,{' '}
        <kbd>4</kbd> Easy.
      </p>
    </section>
  );
}
