import { useEffect } from 'react';
import { formatCountdown } from '../../ui/time-text';
import { useNow } from '../sessions';
import type { TryWait } from './use-try-wait';

const WAIT_SENTENCE = 'Too many wrong tries in a row.';

/**
 * The wait after wrong tries: a countdown on screen, and a polite status read once when the wait
 * begins and once when it is over (never every second). The status region is always there, so
 * screen readers notice when its words change.
 */
export function TryWaitNotice({ wait }: { wait: TryWait }) {
  const announcement =
    wait.until !== null ? `${WAIT_SENTENCE} You can try again ${formatCountdown(wait.seconds * 1000)}.` : wait.seconds > 0 ? 'You can try again now.' : '';
  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {wait.until !== null ? <Countdown until={wait.until} onOver={wait.over} /> : null}
    </>
  );
}

function Countdown({ until, onOver }: { until: number; onOver: () => void }) {
  const remaining = until - useNow();
  useEffect(() => {
    if (remaining <= 0) onOver();
  }, [remaining, onOver]);
  return (
    <p className="lock-wait">
      {WAIT_SENTENCE} You can try again {formatCountdown(remaining)}.
    </p>
  );
}
