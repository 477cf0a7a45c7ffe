import { useEffect } from 'react';
import type { Session } from '../../../../shared/contract';
import { useRpcQuery } from '../../rpc/rpc-queries';

/**
 * Whether a session was in progress when the open app last looked: the lock screen reads it to stay
 * dim from its first paint, before main answers with the running clock (a white flash in a dim
 * room is what the therapist sees otherwise). In this window's memory only; a reload starts false.
 */
let sessionWasInProgress = false;

export function wasSessionInProgress(): boolean {
  return sessionWasInProgress;
}

/** The status of the session in progress (checked in or dosed, not ended), or null when there is none. */
export function useSessionInProgress(): Session['status'] | null {
  const active = useRpcQuery('sessions.active', {}, { select: ({ session }) => session?.status ?? null });
  const status = active.data ?? null;
  useEffect(() => {
    sessionWasInProgress = status !== null;
  }, [status]);
  return status;
}
