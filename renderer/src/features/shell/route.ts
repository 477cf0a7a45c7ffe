/** Where the open app is. Client and session pages sit under "Clients" in the top bar. */
export type Route = { page: 'clients' } | { page: 'settings' } | { page: 'client'; clientId: string } | { page: 'session'; sessionId: string };

export type TopLevelPage = 'clients' | 'settings';

export function topLevelOf(route: Route): TopLevelPage {
  return route.page === 'settings' ? 'settings' : 'clients';
}
