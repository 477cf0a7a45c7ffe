import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { EventPayload, LockReason } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { getBridge } from '../../rpc/bridge';
import { onLockedAnswer } from '../../rpc/locked-signal';

export type VaultSession =
  | { state: 'checking' }
  | { state: 'unavailable'; message: string }
  | { state: 'absent' }
  | { state: 'locked'; reason: LockReason | null }
  | { state: 'unlocked' };

interface VaultSessionApi {
  session: VaultSession;
  /** The vault was just created, unlocked or recovered. */
  markUnlocked(): void;
  /** Locks now: hides every record at once, then tells main. */
  lock(reason: LockReason): void;
}

const VaultSessionContext = createContext<VaultSessionApi | null>(null);

export function VaultSessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<VaultSession>({ state: 'checking' });

  // Only an open vault can become locked; a lock event during creation or on the lock screen changes nothing.
  const markLocked = useCallback((reason: LockReason | null) => {
    setSession((current) => (current.state === 'unlocked' ? { state: 'locked', reason } : current));
  }, []);

  const lock = useCallback(
    (reason: LockReason) => {
      markLocked(reason);
      // The screen is already locked; if main failed to lock, the next call answers with its real state.
      call('vault.lock', { reason }).catch(() => undefined);
    },
    [markLocked],
  );

  const markUnlocked = useCallback(() => setSession({ state: 'unlocked' }), []);

  useEffect(() => {
    let cancelled = false;
    call('vault.status', {}).then(
      ({ state }) => {
        if (!cancelled) setSession(state === 'locked' ? { state, reason: null } : { state });
      },
      (error: unknown) => {
        if (!cancelled) setSession({ state: 'unavailable', message: describeError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    let stopPush: () => void = () => undefined;
    try {
      stopPush = getBridge().on('vault.locked', (payload) => {
        markLocked((payload as EventPayload<'vault.locked'>).reason);
      });
    } catch {
      // No bridge: vault.status fails too and the screen says so.
    }
    const stopLockedAnswers = onLockedAnswer(() => markLocked(null));
    return () => {
      stopPush();
      stopLockedAnswers();
    };
  }, [markLocked]);

  // After the commit that unmounted every client screen, drop every cached record, so nothing can put one back.
  useLayoutEffect(() => {
    if (session.state !== 'unlocked') queryClient.clear();
  }, [session.state, queryClient]);

  const api = useMemo(() => ({ session, markUnlocked, lock }), [session, markUnlocked, lock]);
  return <VaultSessionContext.Provider value={api}>{children}</VaultSessionContext.Provider>;
}

export function useVaultSession(): VaultSessionApi {
  const api = useContext(VaultSessionContext);
  if (!api) throw new Error('useVaultSession needs a VaultSessionProvider above it.');
  return api;
}
