import { Fragment } from 'react';
import type { TextRange } from '../../domain/search';
import { splitByRanges } from './text-excerpt';

/** Text with its matches in <mark>, built from text nodes only (user text is never HTML). */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((segment, index) =>
        segment.isMatch ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
