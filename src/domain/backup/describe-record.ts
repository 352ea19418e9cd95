/**
 * Names a record the way the person knows it — "the study session of Fri, May 1, 2026 (45 min)",
 * "the note on “Learn SQL joins”" — for messages about a file or about stored data, instead of an
 * internal position such as `sessions[2]`.
 */
import { builtInRoadmaps, listItems } from '../../content/index';
import { formatDayLong, isWellFormedDay } from '../calendar-day';
import { formatMinutes } from '../format';
import type { BackupTable } from './backup-format';

/** What a table holds, in words: "The list of study sessions has more than …". */
export const TABLE_LABELS: Record<BackupTable, string> = {
  progress: 'ticks',
  notes: 'notes',
  evidence: 'evidence links',
  sessions: 'study sessions',
  plans: 'plans',
  settings: 'settings',
  userCards: 'flashcards',
  reviews: 'practice schedules',
  customItems: 'own goals and resources',
  itemOverlays: 'hidden items',
  roadmaps: 'imported roadmaps',
  noteVersions: 'other versions of notes',
};

const FIELD_LABELS: Record<string, string> = {
  day: 'day',
  minutes: 'minutes',
  startDate: 'start date',
  finishBy: 'finish-by date',
  hoursPerWeek: 'hours per week',
  phaseDays: 'phase lengths',
  target: 'target',
  mode: 'target',
  text: 'text',
  url: 'link',
  status: 'status',
  doneAt: 'time it was done',
  updatedAt: 'time it was last changed',
  deletedAt: 'time it was removed',
  importedAt: 'time it was imported',
  hlc: 'clock stamp',
  key: 'key',
  id: 'id',
  itemId: 'item',
  cardId: 'card',
  roadmapId: 'roadmap',
  phaseId: 'phase',
  question: 'question',
  outline: 'answer outline',
  order: 'position',
  isHidden: 'hidden flag',
  note: 'note',
  value: 'value',
  state: 'practice schedule',
  due: 'due time',
  roadmap: 'roadmap document',
  plan: 'plan',
  previous: 'previous plan',
};

/** "start date" for `plan.startDate`: the last named key of a path. */
export function labelField(keys: readonly unknown[]): string {
  for (let index = keys.length - 1; index >= 0; index -= 1) {
    const key = keys[index];
    if (typeof key === 'string') return FIELD_LABELS[key] ?? key;
  }
  return '';
}

const itemTitles = new Map<string, string>();
const roadmapTitles = new Map<string, string>();
for (const roadmap of builtInRoadmaps) {
  roadmapTitles.set(roadmap.id, roadmap.title);
  for (const item of listItems(roadmap)) itemTitles.set(`${roadmap.id}/${item.id}`, item.text);
}

const shorten = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quote = (text: string): string => `“${shorten(text)}”`;
const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

function itemName(record: Record<string, unknown>): string {
  const roadmapId = asText(record.roadmapId);
  const itemId = asText(record.itemId) ?? asText(record.cardId);
  const title = roadmapId && itemId ? itemTitles.get(`${roadmapId}/${itemId}`) : undefined;
  return title ? quote(title) : itemId ? quote(itemId) : 'an item';
}

function roadmapName(id: unknown): string {
  const text = asText(id);
  if (!text) return 'a roadmap';
  const title = roadmapTitles.get(text);
  return quote(title ?? text);
}

/** "the study session of Fri, May 1, 2026 (45 min)" for a record of `table` (possibly malformed). */
export function describeRecord(table: BackupTable | string, value: unknown): string {
  const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  switch (table) {
    case 'progress':
      return `the status of ${itemName(record)}`;
    case 'notes':
      return `the note on ${itemName(record)}`;
    case 'evidence':
      return `the evidence link of ${itemName(record)}`;
    case 'sessions': {
      const day = asText(record.day);
      const when =
        day === null ? 'with no day' : isWellFormedDay(day) && day >= '1000' ? `of ${formatDayLong(day)}` : `dated ${quote(day)}`;
      const minutes =
        typeof record.minutes === 'number' && Number.isInteger(record.minutes) && record.minutes >= 1 && record.minutes <= 1440
          ? ` (${formatMinutes(record.minutes)})`
          : '';
      return `the study session ${when}${minutes}`;
    }
    case 'plans':
      return `the plan of ${roadmapName(record.roadmapId)}`;
    case 'settings':
      return asText(record.key) ? `the setting ${quote(String(record.key))}` : 'a setting';
    case 'userCards':
      return asText(record.question) ? `your card ${quote(String(record.question))}` : 'one of your cards';
    case 'reviews':
      return `the practice schedule of ${itemName(record)}`;
    case 'customItems': {
      const kind = record.kind === 'resource' ? 'resource' : 'goal';
      return asText(record.text) ? `your own ${kind} ${quote(String(record.text))}` : `one of your own ${kind}s`;
    }
    case 'itemOverlays':
      return `the hidden item ${itemName(record)}`;
    case 'noteVersions':
      return `an earlier version of the note on ${itemName(record)}`;
    case 'roadmaps': {
      const document = record.roadmap as { roadmap?: { title?: unknown } } | null | undefined;
      const title = asText(document?.roadmap?.title) ?? asText(record.id);
      return title ? `the imported roadmap ${quote(title)}` : 'an imported roadmap';
    }
    default:
      return 'a record';
  }
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
