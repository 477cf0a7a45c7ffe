import { lazy, Suspense, useEffect } from 'react';
import { LockScreen, useReportCopies, useVaultSession, VaultSessionProvider, type VaultSession } from '../features/vault';

// The open app (and its record cache) is a separate chunk: the lock screen starts without it.
const loadOpenVault = () => import('./OpenVault');
const OpenVault = lazy(() => loadOpenVault().then(({ OpenVault }) => ({ default: OpenVault })));

function SessionScreen() {
  const { session } = useVaultSession();
  const unlocked = session.state === 'unlocked';
  const lockScreenShown = session.state !== 'checking' && !unlocked;
  useReportCopies();

  // Fetched once the therapist starts typing, not at the first idle moment: then it would compete with the lock screen's first paint.
  useEffect(() => {
    if (!lockScreenShown) return;
    const load = () => void loadOpenVault();
    document.addEventListener('input', load, { once: true });
    return () => document.removeEventListener('input', load);
  }, [lockScreenShown]);

  if (!unlocked) return <LockScreen session={session} />;
  return (
    <Suspense fallback={<div className="lock-screen" aria-busy="true" />}>
      <OpenVault />
    </Suspense>
  );
}

export function App({ firstSession }: { firstSession: Promise<VaultSession> }) {
  return (
    <VaultSessionProvider firstSession={firstSession}>
      <SessionScreen />
    </VaultSessionProvider>
  );
}
