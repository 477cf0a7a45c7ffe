import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { DOSED_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES, idleLockMinutesFor } from '../../../../shared/contract';
import { AuditLogPage } from '../audit';
import { ClientPage } from '../client-record';
import { LazyNotePage } from '../notes';
import { ClientsPage } from '../clients';
import { FollowUpPreparationPage } from '../follow-up';
import { OutcomesPage } from '../outcomes';
import { SearchPage } from '../search';
import { SessionPage, useSessionInProgress, useSessionToResume } from '../sessions';
import { SettingsPage, useSettings } from '../settings';
import { ScreenThemeFrame } from '../../ui/screen-theme';
import { useVaultSession } from '../vault';
import { useLockShortcut } from './lock-shortcut';
import { ArrivalFocus, ArrivalFocusProvider } from '../../navigation/arrival-focus';
import { NavigationProvider } from '../../navigation/navigation';
import { depthOf, topLevelOf, type Route } from '../../navigation/route';
import { addressOf, routeAtAddress } from '../../navigation/route-address';
import { type PagePlace, PageTrail } from '../../navigation/page-trail';
import { PageVisitProvider } from '../../navigation/page-visit';
import { describeLeftBy, findLeftBy } from '../../navigation/left-by';
import { restoreFocus, restoreScrollTop } from '../../navigation/restore-place';
import { TopBar } from './TopBar';
import { useIdleLock } from './use-idle-lock';
import '../../styles/shell.css';

/**
 * The open vault: top bar, one page at a time, and the two ways it locks itself (idle, shortcut).
 * It opens where the window's address says (a reload returns to the same page), else on a session
 * still in progress, so a restart or an unlock returns to the room. Locking forgets the address.
 */
export function AppShell() {
  const { lock } = useVaultSession();
  const [chosen, setChosen] = useState<Route | null>(() => routeAtAddress(window.location.hash));
  const resumeId = useSessionToResume();
  const settings = useSettings();

  const sessionStatus = useSessionInProgress();
  const idleLock = settings.data ?? { idleLockMinutes: IDLE_LOCK_MINUTES.default, dosedIdleLockMinutes: DOSED_IDLE_LOCK_MINUTES.default };
  // The peak is mostly silent: during a dosed session the longer idle time applies.
  useIdleLock(idleLockMinutesFor(idleLock, sessionStatus === 'dosed'), () => lock('idle'));
  useLockShortcut(() => lock('user'));

  useEffect(() => () => window.history.replaceState(null, '', window.location.pathname + window.location.search), []);

  // Opening (an unlock, a reload) is an arrival too: the first page's title takes focus, unless the page placed it itself.
  const [arrivalFocus] = useState(() => {
    const arrival = new ArrivalFocus();
    arrival.request();
    return arrival;
  });
  const main = useRef<HTMLElement>(null);
  const [trail] = useState(() => new PageTrail());
  const navigate = useCallback(
    (next: Route) => {
      arrivalFocus.request();
      const scroller = main.current;
      trail.move(placeOf(next), scroller?.scrollTop ?? 0, scroller ? describeLeftBy(scroller, document.activeElement) : null);
      setChosen(next);
      window.history.replaceState(null, '', addressOf(next));
    },
    [arrivalFocus, trail],
  );

  const route: Route | null = chosen ?? (resumeId === undefined ? null : resumeId ? { page: 'session', sessionId: resumeId } : { page: 'clients' });
  const visit = route ? trail.visit(placeOf(route)) : null;
  // One scroll position for every page (main scrolls, not the window): a fresh visit starts at the
  // top, as a page load would; a return to the page just left goes back to where it was, with
  // focus on the control it was left by once that is shown again.
  useLayoutEffect(() => {
    const scroller = main.current;
    if (!scroller || !visit) return;
    if (!visit.returning) {
      scroller.scrollTop = 0;
      return;
    }
    const stopScrolling = restoreScrollTop(scroller, visit.scrollTop);
    const leftBy = visit.focusReturnsTo;
    if (!leftBy) return stopScrolling;
    const stopFocusing = restoreFocus(
      scroller,
      () => findLeftBy(scroller, leftBy),
      (focused) => arrivalFocus.stillHolds(focused),
    );
    return () => {
      stopScrolling();
      stopFocusing();
    };
  }, [visit, arrivalFocus]);

  return (
    <ScreenThemeFrame className="shell">
      <TopBar page={route ? topLevelOf(route) : 'clients'} onNavigate={(page) => navigate({ page })} onLock={() => lock('user')} />
      <main className="page" aria-busy={route === null || undefined} ref={main}>
        {route ? (
          <NavigationProvider navigate={navigate}>
            <ArrivalFocusProvider value={arrivalFocus}>
              <PageVisitProvider value={visit}>
                <RoutePage route={route} />
              </PageVisitProvider>
            </ArrivalFocusProvider>
          </NavigationProvider>
        ) : null}
      </main>
    </ScreenThemeFrame>
  );
}

function placeOf(route: Route): PagePlace {
  return { address: addressOf(route), depth: depthOf(route) };
}

function RoutePage({ route }: { route: Route }) {
  switch (route.page) {
    case 'clients':
      return <ClientsPage />;
    case 'outcomes':
      return <OutcomesPage />;
    case 'search':
      return <SearchPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit-log':
      return <AuditLogPage />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} openHomeworkId={route.homeworkId} />;
    case 'note':
      return (
        <Suspense fallback={<p className="loading">Opening the note…</p>}>
          <LazyNotePage key={route.noteId} noteId={route.noteId} />
        </Suspense>
      );
    case 'session':
      return <SessionPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'follow-up':
      return <FollowUpPreparationPage key={route.clientId} clientId={route.clientId} />;
  }
}
