/** Types of the roadmap content. Every item id is stable, human-readable, never reused. */

export type ResourceKind = 'book' | 'course' | 'docs' | 'paper' | 'dataset' | 'community' | 'template';

/** A secondary address for a resource (e.g. another release, a sister project). */
export interface ExtraLink {
  label: string;
  url: string;
}

export interface Resource {
  id: string;
  /** The title as the roadmap names it. */
  title: string;
  /** The verified address (http or https). */
  url: string;
  kind: ResourceKind;
  /** true = free, false = paid, null = unknown or mixed. */
  isFree: boolean | null;
  /** Short honest note, e.g. when the named resource does not exist as written. */
  note?: string;
  extraLinks?: ExtraLink[];
  /** True for a resource the user added (an overlay record, not content). */
  isOwn?: boolean;
}

export interface Goal {
  id: string;
  text: string;
  /** True for a goal the user added (an overlay record, not content). */
  isOwn?: boolean;
}

export interface Milestone {
  id: string;
  text: string;
}

export interface Phase {
  id: string;
  /** 1-based position, for display only; never used as a key. */
  number: number;
  title: string;
  weeks: number;
  goals: Goal[];
  resources: Resource[];
  milestone: Milestone;
}

export interface RoleFacts {
  difficulty: string;
  entryBarrier: string;
  codingRequired: boolean;
  monthsToJobReady: number;
  isRemoteFriendly: boolean;
  summary: string;
  fitsIf: string[];
  notFitIf: string[];
  futureDemandScore?: number;
  aiReplacementRiskPercent?: number;
}

export interface DaySlot {
  time: string;
  activity: string;
}

export interface CareerLevel {
  id: string;
  title: string;
  years: string;
  salaryMinUsd: number;
  /** null when the band is open-ended ("$350,000+"). */
  salaryMaxUsd: number | null;
  salaryLabel: string;
  duties: string[];
}

/** The career stage a question is typically asked at: a first analytics job, a specialist, a lead. */
export type InterviewLevel = 'entry' | 'mid' | 'senior';

export interface InterviewQuestion {
  id: string;
  question: string;
  /** Phase id the question belongs to. */
  phaseId: string;
  level: InterviewLevel;
  /** Short answer outline in our own words. */
  outline: string[];
}

export interface Roadmap {
  /** Stable id of the roadmap itself; progress is keyed by roadmap id + item id. */
  id: string;
  title: string;
  /** Bumped when the content changes; used to detect retired items. */
  contentVersion: number;
  role: RoleFacts;
  phases: Phase[];
  typicalDay: DaySlot[];
  careerLadder: CareerLevel[];
  interviewQuestions: InterviewQuestion[];
}

export type ItemKind = 'goal' | 'resource' | 'milestone';
