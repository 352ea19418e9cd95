import { STATUS_LABELS } from '../../domain/progress';
import type { SearchKind, SearchResult } from '../../domain/search';
import { excerptAround } from './text-excerpt';
import { StatusIcon } from '../../components/status-icon';
import { HighlightedText } from './highlighted-text';

export const KIND_LABELS: Record<SearchKind, string> = {
  goal: 'Goal',
  resource: 'Resource',
  milestone: 'Milestone',
  note: 'Note',
  card: 'Card',
};

function describeKind(result: SearchResult): string {
  const { kind, isOwn } = result.entry;
  if (!isOwn) return KIND_LABELS[kind];
  if (kind === 'note') return 'Note on your item';
  return `Your ${KIND_LABELS[kind].toLowerCase()}`;
}

function SearchResultItem({ result }: { result: SearchResult }) {
  const { entry } = result;
  const excerpt = excerptAround(entry.body, result.bodyRanges);
  return (
    <li className="search-result">
      <a className="search-result__title" href={entry.href}>
        {entry.kind === 'note' && <span className="visually-hidden">Note on: </span>}
        <HighlightedText text={entry.title} ranges={result.titleRanges} />
      </a>
      <p className="search-result__meta">
        <span className="tag">{describeKind(result)}</span>
        {entry.status && (
          <span className={`status status--${entry.status}`}>
            <StatusIcon status={entry.status} />
            {STATUS_LABELS[entry.status]}
          </span>
        )}
        <span className="muted">{entry.phaseNumber === null ? 'Retired phase' : `Phase ${entry.phaseNumber}`}</span>
      </p>
      {excerpt.text !== '' && (
        <p className="search-result__body">
          <HighlightedText text={excerpt.text} ranges={excerpt.ranges} />
        </p>
      )}
    </li>
  );
}

interface SearchResultsProps {
  results: readonly SearchResult[];
  limit: number;
  onShowMore: () => void;
}

/** The first `limit` results as links, and a button for the rest. */
export function SearchResults({ results, limit, onShowMore }: SearchResultsProps) {
  const rest = results.length - limit;
  return (
    <>
      <ol className="search-results" aria-label="Search results">
        {results.slice(0, limit).map((result) => (
          <SearchResultItem key={result.entry.id} result={result} />
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" className="button" onClick={onShowMore}>
          Show {Math.min(rest, limit)} more of {rest}
        </button>
      )}
    </>
  );
}
