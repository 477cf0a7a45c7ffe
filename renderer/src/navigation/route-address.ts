import type { Route } from './route';

/**
 * The route in the window's address (after '#'), so a reload returns to the same page. It names
 * pages and record ids only, never a name or a word, and it is cleared when the vault locks.
 */
export function addressOf(route: Route): string {
  switch (route.page) {
    case 'clients':
    case 'outcomes':
    case 'search':
    case 'settings':
    case 'audit-log':
      return `#/${route.page}`;
    case 'client':
      return `#/client/${route.clientId}`;
    case 'session':
      return `#/session/${route.sessionId}`;
    case 'note':
      return `#/note/${route.noteId}`;
    case 'follow-up':
      return `#/follow-up/${route.clientId}`;
  }
}

const RECORD_ID = /^[A-Za-z0-9-]{1,64}$/;

/** The route an address names, or null for anything else (an empty, old or hand-edited address). */
export function routeAtAddress(hash: string): Route | null {
  const [page, id, ...rest] = hash.replace(/^#\/?/, '').split('/');
  if (rest.length > 0) return null;
  if (id === undefined) return page === 'clients' || page === 'outcomes' || page === 'search' || page === 'settings' || page === 'audit-log' ? { page } : null;
  if (!RECORD_ID.test(id)) return null;
  if (page === 'client') return { page, clientId: id };
  if (page === 'session') return { page, sessionId: id };
  if (page === 'note') return { page, noteId: id };
  if (page === 'follow-up') return { page, clientId: id };
  return null;
}
