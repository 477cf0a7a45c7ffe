import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LockReason } from '../../../../shared/contract';
import { call, onEvent } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { onLockedAnswer } from '../../rpc/locked-signal';
import { trackLock } from './lock-in-progress';
import { flushPendingWrites } from './pending-writes';

export type VaultSession =
  | { state: 'checking' }
  | { state: 'unavailable'; message: string }
  | { state: 'absent' }
  | { state: 'key-missing' }
  | { state: 'locked'; reason: LockReason | null }
  /** A backup is being restored over the open vault: main has locked it and will open the restored one. */
  | { state: 'restoring' }
  | { state: 'unlocked' };

interface VaultSessionApi {
  session: VaultSession;
  /** The vault was just created, unlocked or recovered. */
  markUnlocked: () => void;
  /** Locks now: starts saving what is being typed, hides every record at once, then tells main once the saves have answered. */
  lock: (reason: LockReason) => void;
  /**
   * Runs a restore: the lock main makes on the way shows "Restoring" instead of the unlock form,
   * and the restored vault opens (with a fresh record cache) when the work answers.
   */
  restore: (work: () => Promise<unknown>) => Promise<void>;
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
  const restoring = useRef(false);

  // Only an open vault can become locked; a lock event during creation or on the lock screen changes nothing.
  const markLocked = useCallback((reason: LockReason | null) => {
    setSession((current) => (current.state === 'unlocked' ? (restoring.current ? { state: 'restoring' } : { state: 'locked', reason }) : current));
  }, []);

  const restore = useCallback(async (work: () => Promise<unknown>) => {
    restoring.current = true;
    try {
      await work();
      setSession({ state: 'unlocked' });
    } catch (error) {
      setSession((current) => (current.state === 'restoring' ? { state: 'locked', reason: null } : current));
      throw error;
    } finally {
      restoring.current = false;
    }
  }, []);

  const lock = useCallback(
    (reason: LockReason) => {
      // Saves are sent before the screen unmounts the editors that hold them.
      const saved = flushPendingWrites();
      markLocked(reason);
      // The screen is already locked; if main failed to lock, the next call answers with its real state.
      trackLock(saved.then(() => call('vault.lock', { reason })));
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
      const stopLocked = onEvent('vault.locked', (payload) => {
        markLocked(payload.reason);
      });
      // Main asks (menu, OS screen lock, system idle) so that typing is saved first; it locks anyway after a grace period.
      const stopRequested = onEvent('vault.lockRequested', (payload) => {
        lock(payload.reason);
      });
      stopPush = () => {
        stopLocked();
        stopRequested();
      };
    } catch {
      // No bridge: vault.status fails too and the screen says so.
    }
    const stopLockedAnswers = onLockedAnswer(() => markLocked(null));
    return () => {
      stopPush();
      stopLockedAnswers();
    };
  }, [markLocked, lock]);

  const api = useMemo(() => ({ session, markUnlocked, lock, restore }), [session, markUnlocked, lock, restore]);
  return <VaultSessionContext.Provider value={api}>{children}</VaultSessionContext.Provider>;
}

export function useVaultSession(): VaultSessionApi {
  const api = useContext(VaultSessionContext);
  if (!api) throw new Error('useVaultSession needs a VaultSessionProvider above it.');
  return api;
}
