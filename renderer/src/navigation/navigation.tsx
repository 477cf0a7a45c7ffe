import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Route } from './route';

/** Where a screen can send the therapist; one set for every screen, instead of callbacks passed down. */
export interface Navigation {
  openClients: () => void;
  openOutcomes: () => void;
  openClient: (clientId: string, options?: { homeworkId?: string }) => void;
  openSession: (sessionId: string) => void;
  openNote: (noteId: string) => void;
  openFollowUp: (clientId: string) => void;
  openSearch: () => void;
  openSettings: () => void;
  openAuditLog: () => void;
}

const NavigationContext = createContext<Navigation | null>(null);

/** Gives every screen below it the ways to move, all through `navigate`. */
export function NavigationProvider({ navigate, children }: { navigate: (route: Route) => void; children: ReactNode }) {
  const navigation = useMemo<Navigation>(
    () => ({
      openClients: () => navigate({ page: 'clients' }),
      openOutcomes: () => navigate({ page: 'outcomes' }),
      openClient: (clientId, options = {}) => navigate({ page: 'client', clientId, ...options }),
      openSession: (sessionId) => navigate({ page: 'session', sessionId }),
      openNote: (noteId) => navigate({ page: 'note', noteId }),
      openFollowUp: (clientId) => navigate({ page: 'follow-up', clientId }),
      openSearch: () => navigate({ page: 'search' }),
      openSettings: () => navigate({ page: 'settings' }),
      openAuditLog: () => navigate({ page: 'audit-log' }),
    }),
    [navigate],
  );
  return <NavigationContext.Provider value={navigation}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs a NavigationProvider above it.');
  return navigation;
}
