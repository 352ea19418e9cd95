import { useId } from 'react';
import { ITEM_STATUSES } from '../../domain/records';
import { STATUS_LABELS } from '../../domain/progress';
import { SEARCH_KINDS, type SearchKind } from '../../domain/search';
import type { SearchParams } from './search-params';

const KIND_FILTER_LABELS: Record<SearchKind, string> = {
  goal: 'Goals',
  resource: 'Resources',
  milestone: 'Milestones',
  note: 'Notes',
  card: 'Cards',
};

interface SearchFiltersProps {
  params: SearchParams;
  onChange: (change: Partial<SearchParams>) => void;
}

/** Status, kind and "hide skipped": plain form controls, so they work the same by touch, keyboard and screen reader. */
export function SearchFilters({ params, onChange }: SearchFiltersProps) {
  const id = useId();
  return (
    <div className="search-filters">
      <div className="search-filters__field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={params.status}
          onChange={(event) => onChange({ status: ITEM_STATUSES.find((status) => status === event.target.value) ?? 'all' })}
        >
          <option value="all">All</option>
          {ITEM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={params.kind}
          onChange={(event) => onChange({ kind: SEARCH_KINDS.find((kind) => kind === event.target.value) ?? 'all' })}
        >
          <option value="all">All</option>
          {SEARCH_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_FILTER_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-filters__check">
        <input
          id={`${id}-hide-skipped`}
          type="checkbox"
          checked={params.hideSkipped && params.status !== 'skipped'}
          disabled={params.status === 'skipped'}
          onChange={(event) => onChange({ hideSkipped: event.target.checked })}
        />
        <label htmlFor={`${id}-hide-skipped`}>Hide skipped</label>
      </div>
    </div>
  );
}
