import { ITEM_STATUSES } from '../../domain/records';
import { SEARCH_KINDS, type SearchKind, type SearchStatusFilter } from '../../domain/search';

/** What the search page shows; kept in the URL so a reload or a shared link keeps it. */
export interface SearchParams {
  query: string;
  status: SearchStatusFilter;
  kind: SearchKind | 'all';
  hideSkipped: boolean;
}

export const DEFAULT_SEARCH_PARAMS: SearchParams = { query: '', status: 'all', kind: 'all', hideSkipped: false };

const QUERY_MAX_LENGTH = 500;

/** Reads the page state from a query string; the URL is untrusted, so unknown values fall back to defaults. */
export function parseSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const kind = params.get('kind');
  return {
    query: (params.get('q') ?? '').slice(0, QUERY_MAX_LENGTH),
    status: ITEM_STATUSES.find((value) => value === status) ?? 'all',
    kind: SEARCH_KINDS.find((value) => value === kind) ?? 'all',
    hideSkipped: params.get('skipped') === 'hide',
  };
}

/** The query string for the page state ('' when everything is default). */
export function formatSearchParams({ query, status, kind, hideSkipped }: SearchParams): string {
  const params = new URLSearchParams();
  if (query !== '') params.set('q', query);
  if (status !== 'all') params.set('status', status);
  if (kind !== 'all') params.set('kind', kind);
  if (hideSkipped) params.set('skipped', 'hide');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
