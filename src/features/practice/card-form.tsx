import { useId, useState } from 'react';
import type { Phase } from '../../content/types';
import {
  CARD_OUTLINE_LINE_MAX_LENGTH,
  CARD_OUTLINE_MAX_LINES,
  CARD_QUESTION_MAX_LENGTH,
  splitOutline,
  userCardFieldsSchema,
  type UserCardInput,
} from '../../domain/schemas/card';
import { checkWith } from '../../domain/schemas/check';
import type { SaveOutcome } from '../../components/note-editor';

interface CardInputProblem {
  field: 'phaseId' | 'question' | 'outline';
  message: string;
}

export interface CardDraft {
  phaseId: string;
  question: string;
  outline: readonly string[];
}

interface CardFormProps {
  phases: readonly Phase[];
  unlockedPhaseIds: ReadonlySet<string>;
  initial: CardDraft;
  submitLabel: string;
  /** Names the form for assistive technology, e.g. "Add your own card". */
  label: string;
  /** Resolves once saved (the form then resets when adding) or refused with a message. */
  onSave: (input: UserCardInput) => Promise<SaveOutcome>;
  onCancel?: () => void;
  /** A gentle "you already have …" sentence for the question typed, or null; it never blocks saving. */
  findDuplicate?: (question: string) => string | null;
}

/** Add or edit a user card: phase, question, answer outline (one point per line). */
export function CardForm({ phases, unlockedPhaseIds, initial, submitLabel, label, onSave, onCancel, findDuplicate }: CardFormProps) {
  const id = useId();
  const [phaseId, setPhaseId] = useState(initial.phaseId);
  const [question, setQuestion] = useState(initial.question);
  const [outline, setOutline] = useState(initial.outline.join('\n'));
  const [problem, setProblem] = useState<CardInputProblem | null>(null);
  const [isSaving, setSaving] = useState(false);
  const phase = phases.find((candidate) => candidate.id === phaseId);

  const submit = async () => {
    const input = { phaseId, question, outline: splitOutline(outline) };
    const checked = checkWith(userCardFieldsSchema, input);
    const first = checked.ok ? undefined : checked.problems[0];
    const found: CardInputProblem | null = first ? { field: first.field as CardInputProblem['field'], message: first.message } : null;
    setProblem(found);
    if (found) {
      document.getElementById(`${id}-${found.field}`)?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSave(input);
    setSaving(false);
    if (!outcome.ok) {
      setProblem({ field: 'question', message: outcome.message });
      return;
    }
    if (!onCancel) {
      setQuestion('');
      setOutline('');
      document.getElementById(`${id}-question`)?.focus();
    }
  };

  const errorFor = (field: CardInputProblem['field']) =>
    problem?.field === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {problem.message}
      </p>
    ) : null;
  const describedBy = (field: CardInputProblem['field'], hint?: string) =>
    [problem?.field === field ? `${id}-${field}-error` : null, hint].filter(Boolean).join(' ') || undefined;

  return (
    <form
      className="practice-form"
      data-unsaved={question !== initial.question || outline !== initial.outline.join('\n') ? 'true' : undefined}
      aria-label={label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-phaseId`}>Phase</label>
      <select
        id={`${id}-phaseId`}
        value={phaseId}
        onChange={(event) => setPhaseId(event.target.value)}
        aria-invalid={problem?.field === 'phaseId'}
        aria-describedby={describedBy('phaseId', `${id}-phase-hint`)}
      >
        {!phase && <option value={phaseId}>{phaseId ? `Retired phase (${phaseId})` : 'Choose a phase'}</option>}
        {phases.map((option) => (
          <option key={option.id} value={option.id}>
            Phase {option.number}: {option.title}
          </option>
        ))}
      </select>
      <p id={`${id}-phase-hint`} className="muted practice-hint">
        {phase && !unlockedPhaseIds.has(phase.id)
          ? `Phase ${phase.number} cards join your reviews once you finish its first goal.`
          : 'The card joins your reviews as a new card.'}
      </p>
      {errorFor('phaseId')}

      <label htmlFor={`${id}-question`}>Question</label>
      <textarea
        id={`${id}-question`}
        rows={2}
        dir="auto"
        value={question}
        onChange={(event) => setQuestion(event.target.value)}
        aria-invalid={problem?.field === 'question'}
        aria-describedby={describedBy('question', `${id}-question-hint`)}
      />
      <p id={`${id}-question-hint`} className="muted practice-hint">
        Up to {CARD_QUESTION_MAX_LENGTH} characters ({question.trim().length} so far).
      </p>
      {errorFor('question')}
      <p className="muted practice-hint" role="status">
        {problem?.field !== 'question' && question.trim() !== '' ? (findDuplicate?.(question) ?? '') : ''}
      </p>

      <label htmlFor={`${id}-outline`}>Answer outline</label>
      <textarea
        id={`${id}-outline`}
        rows={5}
        dir="auto"
        value={outline}
        onChange={(event) => setOutline(event.target.value)}
        aria-invalid={problem?.field === 'outline'}
        aria-describedby={describedBy('outline', `${id}-outline-hint`)}
      />
      <p id={`${id}-outline-hint`} className="muted practice-hint">
        One point per line: up to {CARD_OUTLINE_MAX_LINES} points of up to {CARD_OUTLINE_LINE_MAX_LENGTH} characters each.
      </p>
      {errorFor('outline')}

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={isSaving}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
