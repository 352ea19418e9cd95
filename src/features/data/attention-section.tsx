import { useState } from 'react';
import type { AttentionRecord } from '../../domain/records';
import { formatInstant } from '../../domain/calendar-day';
import { FIRST_STUDY_DAY, LAST_STUDY_DAY } from '../../domain/calendar-day';
import { plural } from '../../domain/format';
import { useAttentionRecords } from '../../hooks/use-data-files';
import { useCommand } from '../../hooks/use-command';
import { ConfirmGroup } from '../../components/confirm-group';
import { focusSoon } from '../../components/focus';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});

/**
 * Records that need attention: stored by an older version (or damaged) and no longer valid. They
 * are kept aside, in the backup too, so nothing is lost; here each one can be fixed (the fields a
 * person can correct: a session's day and minutes, a plan's start date) or deleted.
 */
export function AttentionSection() {
  const records = useAttentionRecords();
  if (!records || records.length === 0) return null;
  return (
    <section className="card data-attention" aria-labelledby="attention-title">
      <h2 id="attention-title">Needs attention</h2>
      <p>
        {plural(records.length, 'record')} stored by an earlier version of the app no longer {records.length === 1 ? 'fits' : 'fit'} the
        rules, so {records.length === 1 ? 'it is' : 'they are'} kept aside: nothing of {records.length === 1 ? 'it' : 'them'} is lost, and
        backups carry {records.length === 1 ? 'it' : 'them'} under their own heading. Fix or delete each one.
      </p>
      <ul className="data-attention__list">
        {records.map((record) => (
          <AttentionRow key={record.id} record={record} />
        ))}
      </ul>
    </section>
  );
}

function AttentionRow({ record }: { record: AttentionRecord }) {
  const run = useCommand();
  const [mode, setMode] = useState<'view' | 'fix' | 'confirm-delete'>('view');
  const [error, setError] = useState<string | null>(null);
  const fields = asObject(record.record);
  const isSession = record.table === 'sessions';
  const isPlan = record.table === 'plans';
  const plan = asObject(fields.plan);
  const [day, setDay] = useState(typeof fields.day === 'string' ? fields.day : '');
  const [minutes, setMinutes] = useState(typeof fields.minutes === 'number' ? String(fields.minutes) : '');
  const [startDate, setStartDate] = useState(typeof plan.startDate === 'string' ? plan.startDate : '');
  const rowId = `attention-${record.id.replace(/[^\w-]/g, '_')}`;

  const fix = async () => {
    const corrected = isSession
      ? { ...fields, day, minutes: minutes.trim() === '' ? Number.NaN : Number(minutes) }
      : isPlan
        ? { ...fields, plan: { ...plan, startDate }, previous: null }
        : fields;
    const result = await run('attention.fix', { id: record.id, record: corrected }, { success: 'Fixed and put back.', isQuiet: true });
    if (result.ok) focusSoon(() => document.getElementById('attention-title'));
    else setError(result.message);
  };

  const remove = async () => {
    const result = await run('attention.delete', { id: record.id }, { success: 'Deleted.' });
    if (result.ok) focusSoon(() => document.getElementById('attention-title'));
    else setMode('view');
  };

  return (
    <li className="data-attention__item" id={rowId}>
      <p>{record.problem}</p>
      <p className="muted small">Set aside {formatInstant(record.detectedAt)}.</p>
      {mode === 'fix' && (
        <form
          className="data-attention__fix"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void fix();
          }}
        >
          {isSession && (
            <>
              <label htmlFor={`${rowId}-day`}>Day of the session</label>
              <input
                id={`${rowId}-day`}
                type="date"
                min={FIRST_STUDY_DAY}
                max={LAST_STUDY_DAY}
                value={day}
                onChange={(event) => setDay(event.target.value)}
              />
              <label htmlFor={`${rowId}-minutes`}>Minutes</label>
              <input
                id={`${rowId}-minutes`}
                type="number"
                inputMode="numeric"
                min="1"
                max="1440"
                value={minutes}
                onChange={(event) => setMinutes(event.target.value)}
              />
            </>
          )}
          {isPlan && (
            <>
              <label htmlFor={`${rowId}-start`}>Start date of the plan</label>
              <input
                id={`${rowId}-start`}
                type="date"
                min={FIRST_STUDY_DAY}
                max={LAST_STUDY_DAY}
                value={startDate}
                onChange={(event) => setStartDate(event.target.value)}
              />
            </>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary">
              Save and put back
            </button>
            <button type="button" className="button" onClick={() => setMode('view')}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <ConfirmGroup
          title="Delete this record for good?"
          confirmLabel="Delete it"
          isDanger
          onConfirm={() => void remove()}
          onCancel={() => {
            setMode('view');
            focusSoon(() => document.querySelector<HTMLElement>(`#${rowId} button`));
          }}
        >
          <p>It is not in any new backup after this; older backup files still hold it.</p>
        </ConfirmGroup>
      )}
      {mode === 'view' && (
        <div className="button-row">
          {(isSession || isPlan) && (
            <button type="button" className="button" onClick={() => setMode('fix')}>
              Fix it
            </button>
          )}
          <button type="button" className="button" onClick={() => setMode('confirm-delete')}>
            Delete it
          </button>
        </div>
      )}
    </li>
  );
}
