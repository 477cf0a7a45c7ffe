/** Where the open app is. Client, session and note pages sit under "Clients" in the top bar. */
export type Route =
  | { page: 'clients' }
  /** The caseload's PHQ-9 outcomes, reached from the clients page. */
  | { page: 'outcomes' }
  | { page: 'search' }
  | { page: 'settings' }
  /** Settings → Audit log. */
  | { page: 'audit-log' }
  /** `homeworkId` opens that homework over the client's page (from a search result). */
  | { page: 'client'; clientId: string; homeworkId?: string }
  | { page: 'session'; sessionId: string }
  | { page: 'note'; noteId: string }
  /** Preparing the follow-up after the client's last dose. */
  | { page: 'follow-up'; clientId: string };

export type TopLevelPage = 'clients' | 'search' | 'settings';

export function topLevelOf(route: Route): TopLevelPage {
  if (route.page === 'audit-log') return 'settings';
  return route.page === 'settings' || route.page === 'search' ? route.page : 'clients';
}

/** How far below the top bar a page sits: a move to a shallower page goes back up (a note to its client). */
export function depthOf(route: Route): number {
  switch (route.page) {
    case 'clients':
    case 'search':
    case 'settings':
      return 0;
    case 'outcomes':
    case 'audit-log':
    case 'client':
      return 1;
    case 'session':
    case 'note':
    case 'follow-up':
      return 2;
  }
}
