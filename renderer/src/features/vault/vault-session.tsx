import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
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

/** Asks main whether a vault exists and is open: the answer decides the first screen. Never rejects. */
export function askFirstSession(): Promise<VaultSession> {
  return call('vault.status', {}).then(
    ({ state }): VaultSession => (state === 'locked' ? { state, reason: null } : { state }),
    (error: unknown): VaultSession => ({ state: 'unavailable', message: describeError(error) }),
  );
}

export function VaultSessionProvider({ firstSession, children }: { firstSession: Promise<VaultSession>; children: ReactNode }) {
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
    void firstSession.then((first) => {
      if (!cancelled) setSession(first);
    });
    return () => {
      cancelled = true;
    };
  }, [firstSession]);

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

  const api = useMemo(() => ({ session, markUnlocked, lock }), [session, markUnlocked, lock]);
  return <VaultSessionContext.Provider value={api}>{children}</VaultSessionContext.Provider>;
}

export function useVaultSession(): VaultSessionApi {
  const api = useContext(VaultSessionContext);
  if (!api) throw new Error('useVaultSession needs a VaultSessionProvider above it.');
  return api;
}
