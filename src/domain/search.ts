import type { Roadmap } from '../content/types';
import type { CustomItemRecord, ItemStatus } from './records';
import { statusOf, type StatusLookup } from './progress';

/**
 * Offline full-text search over goals, resources, milestones, notes and cards. The index is built
 * once per data change; a search is one pass over it (no sort of the hits), so typing stays
 * instant for tens of thousands of entries.
 */

export type SearchKind = 'goal' | 'resource' | 'milestone' | 'note' | 'card';
export const SEARCH_KINDS: readonly SearchKind[] = ['goal', 'resource', 'milestone', 'note', 'card'];
export type SearchStatusFilter = 'all' | ItemStatus;

/** Half-open range [start, end) of UTF-16 indices into the original (not normalised) text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Text as it is matched, with a map back to the original indices: compatibility forms unified
 * (NFKC: full-width "ＳＱＬ" is "SQL", the "ﬁ" ligature is "fi"), case folded ("ß" matches "ss"),
 * accents and invisible marks (soft hyphens, emoji variation selectors) stripped.
 */
export interface FoldedText {
  folded: string;
  /** Per folded unit, where its source character starts and ends; null when indices are identical. */
  starts: Uint32Array | null;
  ends: Uint32Array | null;
}

export interface SearchEntry {
  /** Unique in the index: `${kind}:${targetId}` (an item and the note on it share a targetId). */
  id: string;
  /** The goal, resource, milestone or card id. */
  targetId: string;
  kind: SearchKind;
  phaseId: string;
  /** null for a card whose phase the roadmap no longer has. */
  phaseNumber: number | null;
  title: string;
  body: string;
  /** The item's status (a note takes its item's); null for cards, which have none. */
  status: ItemStatus | null;
  href: string;
  isOwn: boolean;
  isHidden: boolean;
  search: { title: FoldedText; body: FoldedText };
}

export type SearchIndex = readonly SearchEntry[];

export interface SearchCardSource {
  id: string;
  phaseId: string;
  question: string;
  outline: readonly string[];
  isOwn?: boolean;
}

export interface SearchSources {
  /** The built-in roadmap (own items come from customItems; items marked isOwn in it are skipped). */
  roadmap: Roadmap;
  progress: StatusLookup;
  notes: ReadonlyMap<string, { text: string }>;
  customItems: readonly CustomItemRecord[];
  hiddenItemIds: ReadonlySet<string>;
  cards: readonly SearchCardSource[];
}

export interface SearchOptions {
  status: SearchStatusFilter;
  /** Leaves out skipped items (and notes on them) unless the status filter asks for skipped. */
  hideSkipped: boolean;
  /** Only these kinds; undefined = every kind. */
  kinds?: ReadonlySet<SearchKind>;
  /** Hidden built-in items are left out unless this is true. */
  includeHidden?: boolean;
}

export interface SearchResult {
  entry: SearchEntry;
  score: number;
  titleRanges: TextRange[];
  bodyRanges: TextRange[];
}

// `^` and backtick are Unicode diacritics too, so they leave the fast path. ASCII is its own NFKC form.
// oxlint-disable-next-line no-control-regex -- every ASCII code, control characters included
const PLAIN_ASCII = /^[\x00-\x5d\x5f\x61-\x7f]*$/;
// Diacritics, the soft hyphen and variation selectors (which only pick emoji or text style).
const IGNORED = /[\p{Diacritic}\p{Variation_Selector}\u00ad]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * One character's folded form. Lower, upper, then lower case again is full case folding for search
 * ("ẞ" → "ß" → "SS" → "ss", final "ς" → "σ"), which toLowerCase alone does not do.
 */
function foldChars(text: string): string {
  return text.normalize('NFKC').toLowerCase().toUpperCase().toLowerCase().normalize('NFD').replace(IGNORED, '');
}

// Real text repeats a small set of characters, so remembering their folds saves most of the work.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 10_000;

function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = foldChars(char);
    if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(char, folded);
  }
  return folded;
}

function isPlainAsciiChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return char.length === 1 && code < 0x80 && code !== 0x5e && code !== 0x60;
}

/** Prepares text for case- and accent-insensitive matching, remembering where each unit came from. */
export function foldText(text: string): FoldedText {
  if (PLAIN_ASCII.test(text)) return { folded: text.toLowerCase(), starts: null, ends: null };
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let position = 0;
  // Character by character, so every folded unit maps back to exactly one source character.
  for (const char of text) {
    const piece = isPlainAsciiChar(char) ? char.toLowerCase() : foldChar(char);
    const end = position + char.length;
    // A lone combining mark joins the span of the character before it, so a highlight covers "é" whole.
    if (piece === '' && ends.length > 0) ends[ends.length - 1] = end;
    for (let unit = 0; unit < piece.length; unit += 1) {
      starts.push(position);
      ends.push(end);
    }
    folded += piece;
    position = end;
  }
  return { folded, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** The distinct folded words of a query. */
export function splitQuery(query: string): string[] {
  return [
    ...new Set(
      foldText(query)
        .folded.split(/\s+/)
        .filter((word) => word !== ''),
    ),
  ];
}

function toOriginal(text: FoldedText, start: number, end: number): TextRange {
  if (!text.starts || !text.ends) return { start, end };
  return { start: text.starts[start] ?? 0, end: text.ends[end - 1] ?? 0 };
}

/** Score of a word by where it sits; a title hit always beats a body hit. */
const Hit = { None: 0, Body: 1, Inside: 2, WordStart: 3, Prefix: 4 } as const;
type HitScore = (typeof Hit)[keyof typeof Hit];

/** Records every occurrence of `word` and returns how well the best one sits in the text. */
function matchWord(text: FoldedText, word: string, ranges: TextRange[]): HitScore {
  const { folded } = text;
  let best: HitScore = Hit.None;
  let at = folded.indexOf(word);
  while (at !== -1) {
    ranges.push(toOriginal(text, at, at + word.length));
    const hit = at === 0 ? Hit.Prefix : WORD_CHAR.test(folded.charAt(at - 1)) ? Hit.Inside : Hit.WordStart;
    if (hit > best) best = hit;
    at = folded.indexOf(word, at + word.length);
  }
  return best;
}

/** Sorted, non-overlapping ranges. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  // A fresh copy is sorted; toSorted is ES2023, newer than the build target (es2022).
  // oxlint-disable-next-line unicorn/no-array-sort
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function isNarrowed(options: SearchOptions): boolean {
  return options.status !== 'all' || (options.kinds !== undefined && options.kinds.size < SEARCH_KINDS.length);
}

function passesFilters(entry: SearchEntry, options: SearchOptions): boolean {
  if (entry.isHidden && !options.includeHidden) return false;
  if (options.kinds && !options.kinds.has(entry.kind)) return false;
  if (options.status !== 'all') return entry.status === options.status;
  return !(options.hideSkipped && entry.status === 'skipped');
}

/**
 * Entries matching every word of the query (AND), best first: a word at the start of the title
 * beats one starting a title word, then one inside the title, then one in the body; ties keep index
 * order. An empty query lists everything the filters select, or nothing when no filter narrows.
 */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions): SearchResult[] {
  const words = splitQuery(query);
  if (words.length === 0 && !isNarrowed(options)) return [];
  // Scores are small integers, so bucketing by score ranks in one pass without comparing hits.
  const buckets: SearchResult[][] = Array.from({ length: words.length * Hit.Prefix + 1 }, () => []);
  for (let position = 0; position < index.length; position += 1) {
    const entry = index[position];
    if (!entry || !passesFilters(entry, options)) continue;
    const titleRanges: TextRange[] = [];
    const bodyRanges: TextRange[] = [];
    let score = 0;
    for (const word of words) {
      const titleHit = matchWord(entry.search.title, word, titleRanges);
      const isInBody = matchWord(entry.search.body, word, bodyRanges) !== Hit.None;
      if (titleHit === Hit.None && !isInBody) {
        score = -1;
        break;
      }
      score += titleHit === Hit.None ? Hit.Body : titleHit;
    }
    if (score < 0) continue;
    buckets[score]?.push({ entry, score, titleRanges: mergeRanges(titleRanges), bodyRanges: mergeRanges(bodyRanges) });
  }
  // The buckets are local to this call; toReversed is ES2023, newer than the build target.
  // oxlint-disable-next-line unicorn/no-array-reverse
  return buckets.reverse().flat();
}

interface ItemSource {
  id: string;
  kind: 'goal' | 'resource' | 'milestone';
  title: string;
  body: string;
  isOwn: boolean;
}

function describeHost(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function byOrder(a: CustomItemRecord, b: CustomItemRecord): number {
  return a.order - b.order || a.updatedAt - b.updatedAt || (a.id < b.id ? -1 : 1);
}

function listPhaseItems(phase: Roadmap['phases'][number], own: readonly CustomItemRecord[]): ItemSource[] {
  const ownOf = (kind: 'goal' | 'resource') => own.filter((item) => item.kind === kind);
  return [
    ...phase.goals
      .filter((goal) => !goal.isOwn)
      .map((goal) => ({ id: goal.id, kind: 'goal' as const, title: goal.text, body: '', isOwn: false })),
    ...ownOf('goal').map((item) => ({ id: item.id, kind: 'goal' as const, title: item.text, body: '', isOwn: true })),
    { id: phase.milestone.id, kind: 'milestone', title: phase.milestone.text, body: '', isOwn: false },
    ...phase.resources
      .filter((resource) => !resource.isOwn)
      .map((resource) => ({
        id: resource.id,
        kind: 'resource' as const,
        title: resource.title,
        body: [resource.note, describeHost(resource.url)].filter(Boolean).join(' — '),
        isOwn: false,
      })),
    // Like the phase view, an own resource shows only with an address.
    ...ownOf('resource')
      .filter((item) => item.url)
      .map((item) => ({ id: item.id, kind: 'resource' as const, title: item.text, body: describeHost(item.url), isOwn: true })),
  ];
}

type EntryFields = Omit<SearchEntry, 'id' | 'search'>;

function groupByPhase<T extends { phaseId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.phaseId);
    if (group) group.push(row);
    else groups.set(row.phaseId, [row]);
  }
  return groups;
}

/**
 * Flattens a roadmap and the user's data into search entries, phase by phase: goals, the milestone,
 * resources, the notes on them, then the phase's cards. Own items of a phase the roadmap no longer
 * has, and notes on items it no longer has, have no page to link to and are left out.
 */
export function buildSearchIndex(sources: SearchSources): SearchEntry[] {
  const { roadmap, progress, notes, hiddenItemIds } = sources;
  const entries: SearchEntry[] = [];
  const seen = new Set<string>();
  const add = (fields: EntryFields) => {
    const id = `${fields.kind}:${fields.targetId}`;
    if (seen.has(id)) return;
    seen.add(id);
    entries.push({ ...fields, id, search: { title: foldText(fields.title), body: foldText(fields.body) } });
  };

  const ownByPhase = groupByPhase(sources.customItems.filter((item) => item.deletedAt === null && item.roadmapId === roadmap.id));
  const cardsByPhase = groupByPhase(sources.cards);

  const addCard = (card: SearchCardSource, phaseNumber: number | null) =>
    add({
      targetId: card.id,
      kind: 'card',
      phaseId: card.phaseId,
      phaseNumber,
      title: card.question,
      body: card.outline.join(' · '),
      status: null,
      href: '/practice',
      isOwn: card.isOwn ?? false,
      isHidden: false,
    });

  for (const phase of roadmap.phases) {
    // The groups are built above for this call alone; toSorted is ES2023, newer than the build target.
    // oxlint-disable-next-line unicorn/no-array-sort
    const items = listPhaseItems(phase, (ownByPhase.get(phase.id) ?? []).sort(byOrder));
    const base = (item: ItemSource) => ({
      targetId: item.id,
      phaseId: phase.id,
      phaseNumber: phase.number,
      status: statusOf(progress, item.id),
      href: `/phase/${phase.id}#item-${item.id}`,
      isOwn: item.isOwn,
      isHidden: hiddenItemIds.has(item.id),
    });
    for (const item of items) add({ ...base(item), kind: item.kind, title: item.title, body: item.body });
    for (const item of items) {
      const note = notes.get(item.id)?.text.trim();
      if (note) add({ ...base(item), kind: 'note', title: item.title, body: note });
    }
    for (const card of cardsByPhase.get(phase.id) ?? []) addCard(card, phase.number);
    cardsByPhase.delete(phase.id);
  }
  for (const cards of cardsByPhase.values()) for (const card of cards) addCard(card, null);
  return entries;
}
