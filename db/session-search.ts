import type { Session } from '../shared/contract/sessions';
import { SESSION_SEARCH_KIND } from '../shared/contract/search';
import { sessionSearchBody, sessionSearchTitle } from '../shared/search/session-search-text';
import type { TimelineEvent } from '../shared/session/timeline';
import type { SearchRepository } from './search-repository';

/** Writes a session's search entry from its intention and timeline; a session with no words yet has none. */
export function indexSession(search: SearchRepository, session: Session, events: readonly TimelineEvent[], updatedAt: number): void {
  const body = sessionSearchBody(session, events);
  if (body === '') {
    search.remove('session', session.id);
    return;
  }
  search.index({
    target: 'session',
    targetId: session.id,
    clientId: session.clientId,
    kind: SESSION_SEARCH_KIND,
    isPrivate: false,
    title: sessionSearchTitle(session),
    body,
    updatedAt,
  });
}
