import { lazy, Suspense, useEffect, useState } from 'react';
import { call } from '../../rpc/call';
import { FormAlert } from '../../ui/FormAlert';
import { useSubmit } from '../../ui/use-submit';
import type { LockedClock } from './LockedClockView';

// The clock's arithmetic (and the schemas it shares with main) is a chunk of its own: the lock screen starts without it.
const LockedClockView = lazy(() => import('./LockedClockView').then(({ LockedClockView }) => ({ default: LockedClockView })));

/**
 * On the lock screen during a session: the clock, the phase and any due cue, from the protocol and
 * anchors main keeps while locked. Nothing here names or describes the client. Main keeps them only
 * once it has locked, which a lock from the renderer reaches after saving drafts: `whenLocked`
 * resolves then, and only then is main asked. A due cue can be acknowledged here by its id; main
 * writes it into the timeline at the next unlock.
 */
export function LockedSessionClock({ whenLocked }: { whenLocked: () => Promise<void> }) {
  const [clock, setClock] = useState<LockedClock | null>(null);
  const acknowledging = useSubmit();
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

  const acknowledge = (cueId: string) =>
    void acknowledging.run(async () => {
      // Dated when pressed, by the clock the lock screen shows (as the room dates what it logs).
      const answer = await call('sessions.acknowledgeLockedCue', { cueId, at: Date.now() });
      setClock(answer.clock);
    });

  return clock ? (
    <Suspense fallback={null}>
      <LockedClockView clock={clock} busy={acknowledging.busy} onAcknowledge={acknowledge} />
      <FormAlert>{acknowledging.error}</FormAlert>
    </Suspense>
  ) : null;
}
