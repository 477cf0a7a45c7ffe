import { lazy, Suspense, useEffect, useState } from 'react';
import { call } from '../../rpc/call';
import type { LockedClock } from './LockedClockView';

// The clock's arithmetic (and the schemas it shares with main) is a chunk of its own: the lock screen starts without it.
const LockedClockView = lazy(() => import('./LockedClockView').then(({ LockedClockView }) => ({ default: LockedClockView })));

/**
 * On the lock screen during a session: the clock, the phase and any due cue, from the protocol and
 * anchors main keeps while locked. Nothing here names or describes the client. Main keeps them only
 * once it has locked, which a lock from the renderer reaches after saving drafts: `whenLocked`
 * resolves then, and only then is main asked.
 */
export function LockedSessionClock({ whenLocked }: { whenLocked: () => Promise<void> }) {
  const [clock, setClock] = useState<LockedClock | null>(null);
  useEffect(() => {
    let cancelled = false;
    void whenLocked()
      .then(() => call('sessions.lockedClock', {}))
      .then(
        (answer) => {
          if (!cancelled) setClock(answer.clock);
        },
        () => undefined,
      );
    return () => {
      cancelled = true;
    };
  }, [whenLocked]);
  return clock ? (
    <Suspense fallback={null}>
      <LockedClockView clock={clock} />
    </Suspense>
  ) : null;
}
