/**
 * A gentle "you already have …" check before the user adds an own goal, resource or card: the same
 * text once folded (case, accents, full-width forms, spacing, end punctuation), or for a resource
 * the same address. It only informs; saving a near-copy stays allowed.
 */
import type { InterviewQuestion, Roadmap } from '../content/types';
import type { CustomItemRecord, UserCardRecord } from './records';
import { foldText } from './search';
import { parseHttpUrl } from './validation';

export type DuplicateKind = 'goal' | 'milestone' | 'resource' | 'card';

export interface DuplicateMatch {
  id: string;
  kind: DuplicateKind;
  /** The existing item's text (a resource's title, a card's question), to name in the hint. */
  text: string;
  phaseId: string;
  /** null when the roadmap no longer has that phase. */
  phaseNumber: number | null;
  isOwn: boolean;
  /** A built-in item the user hid: the hint can offer to restore it instead. */
  isHidden: boolean;
  reason: 'same-text' | 'same-address';
}

export interface DuplicateSources {
  /** The roadmap as shipped or imported, without the overlay: hidden items are still in it. */
  roadmap: Roadmap;
  customItems: readonly CustomItemRecord[];
  hiddenItemIds?: ReadonlySet<string>;
}

export interface CardSources {
  roadmap: Roadmap;
  /** Questions of the loaded question bank, besides the roadmap's own. */
  bank?: readonly InterviewQuestion[];
  userCards: readonly UserCardRecord[];
}

interface Candidate {
  id: string;
  kind: DuplicateKind;
  text: string;
  phaseId: string;
  isOwn: boolean;
  urls: readonly string[];
}

const TRAILING_PUNCTUATION = /[\s.,;:!?…。、！？]+$/u;

const DASHES = /[\u2010-\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201f\u2033]/g;

/**
 * Text as compared: folded like search, typographic dashes and quotes as their plain forms (a
 * phone keyboard types "-" where the roadmap has "–"), inner spacing collapsed, end punctuation dropped.
 */
export function normalizeForDuplicates(text: string): string {
  return foldText(text)
    .folded.replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(TRAILING_PUNCTUATION, '');
}

/**
 * An address as compared: http and https alike, host without case or `www.`, no trailing slash
 * on the path, no fragment (it points into the same page); the query stays, since it often names
 * the page. null for anything that is not an http(s) address.
 */
export function normalizeUrlForDuplicates(value: string): string | null {
  const url = parseHttpUrl(value);
  if (url === null) return null;
  const host = url.host.replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${url.search}`;
}

function listOwn(sources: DuplicateSources, kind: 'goal' | 'resource'): Candidate[] {
  return sources.customItems
    .filter((item) => item.roadmapId === sources.roadmap.id && item.deletedAt === null && item.kind === kind)
    .map((item) => ({ id: item.id, kind, text: item.text, phaseId: item.phaseId, isOwn: true, urls: item.url ? [item.url] : [] }));
}

function listBuiltInGoals(roadmap: Roadmap): Candidate[] {
  return roadmap.phases.flatMap((phase) => [
    ...phase.goals
      .filter((goal) => !goal.isOwn)
      .map((goal) => ({ id: goal.id, kind: 'goal' as const, text: goal.text, phaseId: phase.id, isOwn: false, urls: [] })),
    { id: phase.milestone.id, kind: 'milestone' as const, text: phase.milestone.text, phaseId: phase.id, isOwn: false, urls: [] },
  ]);
}

function listBuiltInResources(roadmap: Roadmap): Candidate[] {
  return roadmap.phases.flatMap((phase) =>
    phase.resources
      .filter((resource) => !resource.isOwn)
      .map((resource) => ({
        id: resource.id,
        kind: 'resource' as const,
        text: resource.title,
        phaseId: phase.id,
        isOwn: false,
        urls: [resource.url, ...(resource.extraLinks ?? []).map((link) => link.url)],
      })),
  );
}

function toMatch(
  candidate: Candidate,
  sources: { roadmap: Roadmap; hiddenItemIds?: ReadonlySet<string> },
  reason: DuplicateMatch['reason'],
) {
  const phase = sources.roadmap.phases.find((each) => each.id === candidate.phaseId);
  return {
    id: candidate.id,
    kind: candidate.kind,
    text: candidate.text,
    phaseId: candidate.phaseId,
    phaseNumber: phase?.number ?? null,
    isOwn: candidate.isOwn,
    isHidden: !candidate.isOwn && (sources.hiddenItemIds?.has(candidate.id) ?? false),
    reason,
  } satisfies DuplicateMatch;
}

function findSameText(candidates: readonly Candidate[], text: string, excludeId: string | undefined): Candidate | undefined {
  const wanted = normalizeForDuplicates(text);
  if (wanted === '') return undefined;
  return candidates.find((candidate) => candidate.id !== excludeId && normalizeForDuplicates(candidate.text) === wanted);
}

export interface DuplicateOptions {
  /** The item being edited, which must not match itself. */
  excludeId?: string;
}

/** An existing goal or milestone of the roadmap with the same text, built-in ones first. */
export function findDuplicateGoal(text: string, sources: DuplicateSources, options: DuplicateOptions = {}): DuplicateMatch | null {
  const found = findSameText([...listBuiltInGoals(sources.roadmap), ...listOwn(sources, 'goal')], text, options.excludeId);
  return found ? toMatch(found, sources, 'same-text') : null;
}

/** An existing resource with the same address (including a built-in resource's extra links), else the same title. */
export function findDuplicateResource(
  resource: { title: string; url: string },
  sources: DuplicateSources,
  options: DuplicateOptions = {},
): DuplicateMatch | null {
  const candidates = [...listBuiltInResources(sources.roadmap), ...listOwn(sources, 'resource')];
  const address = normalizeUrlForDuplicates(resource.url);
  if (address !== null) {
    const sameAddress = candidates.find(
      (candidate) => candidate.id !== options.excludeId && candidate.urls.some((url) => normalizeUrlForDuplicates(url) === address),
    );
    if (sameAddress) return toMatch(sameAddress, sources, 'same-address');
  }
  const sameTitle = findSameText(candidates, resource.title, options.excludeId);
  return sameTitle ? toMatch(sameTitle, sources, 'same-text') : null;
}

/** An existing card (the roadmap's questions, the bank, the user's own) with the same question. */
export function findDuplicateCard(question: string, sources: CardSources, options: DuplicateOptions = {}): DuplicateMatch | null {
  const builtIn = [...sources.roadmap.interviewQuestions, ...(sources.bank ?? [])].map((card) => ({
    id: card.id,
    kind: 'card' as const,
    text: card.question,
    phaseId: card.phaseId,
    isOwn: false,
    urls: [],
  }));
  const own = sources.userCards
    .filter((card) => card.roadmapId === sources.roadmap.id && card.deletedAt === null)
    .map((card) => ({ id: card.id, kind: 'card' as const, text: card.question, phaseId: card.phaseId, isOwn: true, urls: [] }));
  const found = findSameText([...builtIn, ...own], question, options.excludeId);
  return found ? toMatch(found, sources, 'same-text') : null;
}

/** The hint in plain words, e.g. "You already have the goal “Learn SQL joins” in phase 1." */
export function describeDuplicate(match: DuplicateMatch): string {
  const where = match.phaseNumber === null ? '' : ` in phase ${match.phaseNumber}`;
  const what = `${match.isOwn ? 'your own' : 'the'} ${match.kind} “${match.text}”`;
  if (match.isHidden) return `This matches ${what}${where}, which you hid. You can show it again instead of adding a copy.`;
  if (match.reason === 'same-address') return `You already have this link${where}: ${what}.`;
  return `You already have ${what}${where}.`;
}
