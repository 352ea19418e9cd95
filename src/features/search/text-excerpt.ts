import { mergeRanges, type TextRange } from '../../domain/search';

export interface TextSegment {
  text: string;
  isMatch: boolean;
}

/** Cuts text into plain and matched pieces, for rendering as text nodes and <mark> (never HTML). */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of mergeRanges(ranges)) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (from >= to) continue;
    if (from > at) segments.push({ text: text.slice(at, from), isMatch: false });
    segments.push({ text: text.slice(from, to), isMatch: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), isMatch: false });
  return segments;
}

/** A window of at most ~maxLength characters around the first match, with ranges moved to fit. */
export function excerptAround(text: string, ranges: readonly TextRange[], maxLength = 160): { text: string; ranges: TextRange[] } {
  if (text.length <= maxLength) return { text, ranges: [...ranges] };
  const first = ranges[0] ?? { start: 0, end: 0 };
  let start = Math.max(0, Math.min(first.start - Math.floor(maxLength / 3), text.length - maxLength));
  let end = Math.min(text.length, start + maxLength);
  // Start and end on a word boundary when one is near, and never inside a surrogate pair.
  const nextSpace = text.indexOf(' ', start);
  if (start > 0 && nextSpace !== -1 && nextSpace < Math.min(start + 20, first.start)) start = nextSpace + 1;
  const lastSpace = text.lastIndexOf(' ', end);
  if (end < text.length && lastSpace > Math.max(end - 20, first.end)) end = lastSpace;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) start += 1;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(end))) end -= 1;
  const prefix = start > 0 ? '…' : '';
  const shift = prefix.length - start;
  const moved = ranges
    .filter((range) => range.end > start && range.start < end)
    .map((range) => ({ start: Math.max(range.start, start) + shift, end: Math.min(range.end, end) + shift }));
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: moved };
}
