import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Roadmap } from '../../content/types';
import { searchIndex, splitQuery, type SearchOptions } from '../../domain/search';
import { SearchFilters } from './search-filters';
import { SearchResults } from './search-results';
import { formatSearchParams, parseSearchParams, type SearchParams } from './search-params';
import { useSearchIndex } from './use-search-index';
import './search.css';

const PAGE_SIZE = 50;

function isTouchScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/** The page state, read from the URL once and written back with replaceState so a reload keeps it. */
function useUrlSearchParams(): [SearchParams, (change: Partial<SearchParams>) => void] {
  const [params, setParams] = useState(() => parseSearchParams(window.location.search));
  const pathname = useRef(window.location.pathname);
  useEffect(() => {
    const { location, history } = window;
    // Once the user has navigated elsewhere, this page no longer owns the URL.
    if (location.pathname !== pathname.current) return;
    const next = `${location.pathname}${formatSearchParams(params)}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  }, [params]);
  const update = useCallback((change: Partial<SearchParams>) => setParams((current) => ({ ...current, ...change })), []);
  return [params, update];
}

/** Finds any goal, resource, milestone, note or card by text, offline, with status and kind filters. */
export function SearchView({ roadmap }: { roadmap: Roadmap }) {
  const index = useSearchIndex(roadmap);
  const [params, update] = useUrlSearchParams();
  const query = useDeferredValue(params.query);
  const { status, kind, hideSkipped } = params;
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  useEffect(() => {
    // On phones, focusing would pop the keyboard over the page before the user asked for it.
    if (!isTouchScreen()) inputRef.current?.focus();
  }, []);

  const options = useMemo<SearchOptions>(
    () => ({ status, hideSkipped, kinds: kind === 'all' ? undefined : new Set([kind]) }),
    [status, hideSkipped, kind],
  );
  const results = useMemo(() => (index ? searchIndex(index, query, options) : []), [index, query, options]);
  const hasWords = splitQuery(query).length > 0;
  const isFiltered = status !== 'all' || kind !== 'all';
  const isListing = hasWords || isFiltered;

  const resultsKey = formatSearchParams({ ...params, query });
  const [shown, setShown] = useState({ key: resultsKey, limit: PAGE_SIZE });
  const limit = shown.key === resultsKey ? shown.limit : PAGE_SIZE;

  let announcement = '';
  if (index && isListing) announcement = results.length === 1 ? '1 result' : `${results.length === 0 ? 'No' : results.length} results`;

  return (
    <article className="search" aria-labelledby="search-title">
      <p className="eyebrow">{roadmap.title}</p>
      <h1 id="search-title">Search</h1>
      <form
        role="search"
        className="card search-form"
        onSubmit={(event) => {
          event.preventDefault();
          // Enter on a phone keyboard means "show me": put the keyboard away so the results are visible.
          if (isTouchScreen()) inputRef.current?.blur();
        }}
      >
        <label htmlFor={inputId}>Search goals, resources, notes and cards</label>
        <input
          ref={inputRef}
          id={inputId}
          type="search"
          value={params.query}
          maxLength={500}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => update({ query: event.target.value })}
        />
        <SearchFilters params={params} onChange={update} />
      </form>

      <p role="status" className="search-count">
        {announcement}
      </p>

      {!index ? (
        <p className="loading">Loading your roadmap and notes…</p>
      ) : !isListing ? (
        <div className="card search-hint">
          <p>Type a word or two. Every word must match; capitals and accents don’t matter. Hidden items are not searched.</p>
          <p>
            Or list by status:{' '}
            <button type="button" className="link-button" onClick={() => update({ status: 'in-progress' })}>
              everything in progress
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button" onClick={() => update({ status: 'not-started' })}>
              not started yet
            </button>
          </p>
        </div>
      ) : results.length === 0 ? (
        <div className="card search-hint">
          <p>
            {hasWords
              ? `Nothing matches “${query.trim()}”${isFiltered || hideSkipped ? ' with these filters' : ''}.`
              : 'Nothing here with these filters.'}
          </p>
          {(isFiltered || hideSkipped) && (
            <button type="button" className="link-button" onClick={() => update({ status: 'all', kind: 'all', hideSkipped: false })}>
              Clear the filters
            </button>
          )}
        </div>
      ) : (
        <section className="card" aria-label="Results">
          <SearchResults results={results} limit={limit} onShowMore={() => setShown({ key: resultsKey, limit: limit + PAGE_SIZE })} />
        </section>
      )}
    </article>
  );
}
