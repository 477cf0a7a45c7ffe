import type { SearchDocument } from '../../db/search-repository';

/** A general note of client 'c1' as the search repository indexes it; `more` overrides any field. */
export function searchNote(targetId: string, body: string, more: Partial<SearchDocument> = {}): SearchDocument {
  return { target: 'note', targetId, clientId: 'c1', kind: 'general', isPrivate: false, title: '', body, updatedAt: 1, ...more };
}
