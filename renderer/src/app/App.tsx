import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { LockScreen } from '../features/vault/LockScreen';
import { useVaultSession, VaultSessionProvider } from '../features/vault/vault-session';

// The open app is a separate chunk: the lock screen starts without it, then fetches it while the therapist types.
const loadAppShell = () => import('../features/shell/AppShell');
const AppShell = lazy(() => loadAppShell().then(({ AppShell }) => ({ default: AppShell })));

function SessionScreen() {
  const { session } = useVaultSession();
  const unlocked = session.state === 'unlocked';
  const lockScreenShown = session.state !== 'checking' && !unlocked;

  useEffect(() => {
    if (!lockScreenShown) return;
    const idle = requestIdleCallback(() => void loadAppShell());
    return () => cancelIdleCallback(idle);
  }, [lockScreenShown]);

  if (!unlocked) return <LockScreen session={session} />;
  return (
    <Suspense fallback={<div className="lock-screen" aria-busy="true" />}>
      <AppShell />
    </Suspense>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <VaultSessionProvider>
        <SessionScreen />
      </VaultSessionProvider>
    </QueryClientProvider>
  );
}
