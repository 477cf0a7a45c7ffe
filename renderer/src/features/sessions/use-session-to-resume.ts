import { useEffect, useState } from 'react';
import { call } from '../../rpc/call';

/**
 * The session to reopen when the app opens or unlocks: the one checked in or dosed and not yet
 * discharged. `undefined` while asking, then its id or null. A failure means no resume, not no app.
 */
export function useSessionToResume(): string | null | undefined {
  const [sessionId, setSessionId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    call('sessions.active', {}).then(
      ({ session }) => {
        if (!cancelled) setSessionId(session?.id ?? null);
      },
      () => {
        if (!cancelled) setSessionId(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return sessionId;
}
