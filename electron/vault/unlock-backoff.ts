/**
 * How long a passphrase or recovery-code try waits after wrong ones in a row (decision 0054).
 * Argon2id already makes each try cost a fraction of a second; this is against someone at the
 * keyboard, or a script driving the window, who tries secret after secret.
 */

/** Wrong secrets in a row that cost no wait: a mistyped passphrase, Caps Lock left on. */
export const FREE_TRIES = 3;
/** The wait after the last free try; it doubles with each further wrong one. */
export const FIRST_WAIT_MS = 1000;
/** The longest wait: about a dozen guesses an hour at most, and a therapist who mistyped is never shut out for long. */
export const LONGEST_WAIT_MS = 5 * 60 * 1000;

/** Wrong secrets in a row and when the last one was tried (epoch milliseconds). */
export interface FailedTries {
  count: number;
  lastFailureAt: number;
}

export const NO_FAILED_TRIES: FailedTries = { count: 0, lastFailureAt: 0 };

/** The wait before the next try after `count` wrong secrets in a row: none for the free ones, then 1 s, 2 s, 4 s … up to the cap. */
export function waitAfter(count: number): number {
  if (count < FREE_TRIES) return 0;
  const doublings = Math.min(count - FREE_TRIES, Math.ceil(Math.log2(LONGEST_WAIT_MS / FIRST_WAIT_MS)));
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, LONGEST_WAIT_MS);
}

/**
 * Milliseconds until the next try is taken; 0 when it can run now. A clock set back (the last
 * failure seems to be in the future) restarts the wait but never makes it longer than waitAfter.
 */
export function remainingWait(tries: FailedTries, now: number): number {
  const elapsed = Math.max(0, now - tries.lastFailureAt);
  return Math.max(0, waitAfter(tries.count) - elapsed);
}
