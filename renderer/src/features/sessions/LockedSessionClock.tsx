import { lazy, Suspense, useEffect, useState } from 'react';
import { call } from '../../rpc/call';
import type { LockedClock } from './LockedClockView';

// The clock's arithmetic (and the schemas it shares with main) is a chunk of its own: the lock screen starts without it.
const LockedClockView = lazy(() => import('./LockedClockView').then(({ LockedClockView }) => ({ default: LockedClockView })));

/**
 * On the lock screen during a session: the clock, the phase and any due cue, from the protocol and
 * anchors main keeps while locked. Nothing here names or describes the client.
 */
export function LockedSessionClock() {
  const [clock, setClock] = useState<LockedClock | null>(null);
  useEffect(() => {
    let cancelled = false;
    call('sessions.lockedClock', {}).then(
      (answer) => {
        if (!cancelled) setClock(answer.clock);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return clock ? (
    <Suspense fallback={null}>
      <LockedClockView clock={clock} />
    </Suspense>
  ) : null;
}
