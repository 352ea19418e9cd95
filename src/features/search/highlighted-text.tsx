import { Fragment } from 'react';
import type { TextRange } from '../../domain/search';
import { splitByRanges } from './text-excerpt';

/** Each segment with where it starts in the text: a stable key, as segments never overlap. */
function withOffsets<T extends { text: string }>(segments: readonly T[]): { segment: T; offset: number }[] {
  let offset = 0;
  return segments.map((segment) => {
    const entry = { segment, offset };
    offset += segment.text.length;
    return entry;
  });
}

/** Text with its matches in <mark>, built from text nodes only (user text is never HTML). */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {withOffsets(splitByRanges(text, ranges)).map(({ segment, offset }) =>
        segment.isMatch ? <mark key={offset}>{segment.text}</mark> : <Fragment key={offset}>{segment.text}</Fragment>,
      )}
    </>
  );
}
