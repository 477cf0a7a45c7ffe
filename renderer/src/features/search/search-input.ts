import type { MethodInput, SearchKind, SearchResult } from '../../../../shared/contract';
import { HOMEWORK_TYPE_LABELS, type HomeworkType } from '../../../../shared/homework/homework-types';
import { NOTE_KIND_LABELS, type NoteKind } from '../../../../shared/notes/note-kinds';
import { toFtsQuery } from '../../../../shared/search/search-query';

/** The kind filter's choices, in the order they are shown. */
export const SEARCH_KIND_CHOICES: readonly { kind: SearchKind; label: string }[] = [
  { kind: 'session', label: 'Session notes' },
  { kind: 'integration', label: 'Integration notes' },
  { kind: 'evaluation', label: 'Evaluation notes' },
  { kind: 'general', label: 'General notes' },
  { kind: 'homework', label: 'Homework' },
  { kind: 'timeline', label: 'Session timelines' },
];

export interface SearchFilters {
  text: string;
  /** Null for every client. */
  clientId: string | null;
  /** None ticked searches every kind, as all ticked would. */
  kinds: readonly SearchKind[];
  /** Private psychotherapy notes are searched only when the therapist ticks it. */
  includePrivate: boolean;
}

/**
 * What to ask main for, or null while there is nothing to search for (only spaces or
 * punctuation typed): main would answer with nothing, and the page says why instead.
 */
export function buildSearchInput({ text, clientId, kinds, includePrivate }: SearchFilters): MethodInput<'search.query'> | null {
  const query = text.trim();
  if (toFtsQuery(query) === null) return null;
  const narrowed = kinds.length > 0 && kinds.length < SEARCH_KIND_CHOICES.length;
  return {
    query,
    ...(clientId === null ? {} : { clientId }),
    // In a fixed order, so the same filters make the same cache key however they were ticked.
    ...(narrowed ? { kinds: SEARCH_KIND_CHOICES.map((choice) => choice.kind).filter((kind) => kinds.includes(kind)) } : {}),
    ...(includePrivate ? { includePrivate } : {}),
  };
}

/** "Session note", "Homework: Thought record", or "Session timeline". */
export function resultKindLabel(result: Pick<SearchResult, 'target' | 'kind'>): string {
  if (result.target === 'session') return 'Session timeline';
  return result.target === 'note' ? NOTE_KIND_LABELS[result.kind as NoteKind] : `Homework: ${HOMEWORK_TYPE_LABELS[result.kind as HomeworkType]}`;
}

/** A result's name: its title, or what it is when it has none. */
export function resultTitle(result: Pick<SearchResult, 'target' | 'kind' | 'title'>): string {
  return result.title.trim() || `Untitled ${resultKindLabel(result).toLowerCase()}`;
}
