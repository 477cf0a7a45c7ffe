import { useCallback, useState } from 'react';
import { isRpcError } from '../../../../shared/contract/errors';

/** A wait main imposed after wrong secrets in a row: until when (this window's clock), and how long it was when it began. */
export interface TryWait {
  /** Epoch milliseconds; null when the next try is taken at once. */
  until: number | null;
  /** The wait's length when main answered, for the one sentence read aloud. */
  seconds: number;
  /**
   * Runs one try and reads any wait from its failure (TOO_MANY_TRIES, or the WRONG_SECRET that
   * started one). True when it succeeded; false when main refused it for the wait, which the
   * countdown already says; any other failure is thrown on, for the form to show.
   */
  attempt: (action: () => Promise<unknown>) => Promise<boolean>;
  /** The countdown reached zero. */
  over: () => void;
}

/**
 * The wait is main's (decision 0054): main refuses tries during it whatever the screen shows. The
 * lock screen keeps it across its steps, since the passphrase and the recovery code share one count.
 */
export function useTryWait(): TryWait {
  const [wait, setWait] = useState<{ until: number | null; seconds: number }>({ until: null, seconds: 0 });
  const attempt = useCallback(async (action: () => Promise<unknown>) => {
    try {
      await action();
      return true;
    } catch (error) {
      const seconds = isRpcError(error) ? error.retryAfterSeconds : undefined;
      if (seconds) setWait({ until: Date.now() + seconds * 1000, seconds });
      if (isRpcError(error, 'TOO_MANY_TRIES')) return false;
      throw error;
    }
  }, []);
  const over = useCallback(() => setWait((current) => ({ ...current, until: null })), []);
  return { ...wait, attempt, over };
}
