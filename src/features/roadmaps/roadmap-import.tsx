import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { JsonFilePicker, readFileText, takeChosenFile } from '../../components/json-file-picker';
import type { Roadmap } from '../../content/types';
import { checkRoadmapSize, parseRoadmapText } from '../../domain/roadmap-file';
import { useCommand } from '../../hooks/use-command';
import { endSentence, messageOf } from '../../domain/format';
import { ImportPreview, type SelectedRoadmap } from './import-preview';
import type { ImportedRoadmap } from './use-imported-roadmaps';

type Outcome = { tone: 'success'; message: string; roadmap: Roadmap } | { tone: 'error'; message: string };

interface RoadmapImportProps {
  imported: readonly ImportedRoadmap[];
  isBusy: boolean;
  onFollow: (roadmap: Roadmap) => void;
}

/**
 * Import flow: choose a file → size check → read → parse (any problem shown, nothing stored) →
 * preview → Import. Same guards as a backup import.
 */
export function RoadmapImport({ imported, isBusy, onFollow }: RoadmapImportProps) {
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const followRef = useRef<HTMLButtonElement>(null);
  /** The buttons that had focus are gone after saving; where focus goes next. */
  const focusDue = useRef<'input' | 'follow' | null>(null);
  const [isReading, setReading] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [selected, setSelected] = useState<SelectedRoadmap | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useCommand();

  const refuse = (message: string) => {
    setSelected(null);
    setOutcome({ tone: 'error', message: `${endSentence(message)} Nothing was changed.` });
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = takeChosenFile(event);
    if (!chosen) return;
    setOutcome(null);
    setSelected(null);
    setReading(true);
    try {
      const read = await readFileText(chosen, checkRoadmapSize);
      if (!read.ok) return refuse(read.error);
      const parsed = parseRoadmapText(read.text);
      if (!parsed.ok) return refuse(parsed.error);
      setSelected({ fileName: chosen.name, roadmap: parsed.roadmap, document: parsed.document });
    } catch (error) {
      refuse(messageOf(error));
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    if (!selected) return;
    setSaving(true);
    const { roadmap, document } = selected;
    const result = await run('roadmap.import', { document }, { isQuiet: true });
    setSaving(false);
    if (result.ok) {
      setSelected(null);
      setOutcome({ tone: 'success', message: `Imported “${roadmap.title}”. It is in the list of imported roadmaps above.`, roadmap });
    } else {
      setOutcome({ tone: 'error', message: `The roadmap was not imported: ${result.message}` });
    }
    focusDue.current = result.ok ? 'follow' : 'input';
  };

  useEffect(() => {
    if (focusDue.current === null || isSaving) return;
    (focusDue.current === 'follow' ? followRef : inputRef).current?.focus();
    focusDue.current = null;
  });

  const replaces = selected ? imported.find((entry) => entry.id === selected.roadmap.id) : undefined;
  const replacesTitle = replaces ? (replaces.isValid ? replaces.roadmap.title : replaces.id) : null;

  return (
    <section className="card" aria-labelledby="roadmap-import-title">
      <h2 id="roadmap-import-title">Import a roadmap file</h2>
      <p id={hintId}>
        Choose a roadmap file (.json) in this app&apos;s roadmap format. It is checked first; you see what it holds before anything is
        stored, and a file with a problem changes nothing.
      </p>
      <JsonFilePicker
        id={inputId}
        ref={inputRef}
        label="Roadmap file (.json)"
        describedBy={hintId}
        disabled={isReading || isSaving}
        onChoose={(event) => void choose(event)}
      />
      {isReading && <p className="muted">Reading the file…</p>}
      {selected && (
        <ImportPreview
          selected={selected}
          replacesTitle={replacesTitle}
          isSaving={isSaving}
          onImport={() => void save()}
          onCancel={() => {
            setSelected(null);
            inputRef.current?.focus();
          }}
        />
      )}
      <div role="status" className="roadmap-status">
        {outcome?.tone === 'success' && <p>{outcome.message}</p>}
      </div>
      {outcome?.tone === 'success' && (
        <div className="button-row">
          <button
            ref={followRef}
            type="button"
            className="button button--primary"
            onClick={() => onFollow(outcome.roadmap)}
            disabled={isBusy}
          >
            Follow “{outcome.roadmap.title}” now
          </button>
        </div>
      )}
      {outcome?.tone === 'error' && (
        <p className="field-error" role="alert">
          {outcome.message}
        </p>
      )}
    </section>
  );
}
