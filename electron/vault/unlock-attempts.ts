import { RpcFailure } from '../../shared/contract/errors';
import { readFailedTries, writeFailedTries } from './unlock-attempts-file';
import { type FailedTries, remainingWait } from './unlock-backoff';

export interface UnlockAttemptsOptions {
  vaultDir: string;
  now: () => number;
  /** Told when unlock-attempts.json could not be read (then counted from zero) or written (then the count lives in memory). */
  onFileError: (error: unknown) => void;
  /** Told of every wrong secret counted: the seam for an audit log. */
  onFailed?: () => void;
}

/**
 * The count of wrong passphrases and recovery codes in a row, shared by every path that checks
 * one. Read from the vault folder once, kept in memory and written after each change, so a
 * restart keeps it and a file deleted meanwhile does not reset it.
 */
export class UnlockAttempts {
  private tries: FailedTries;

  constructor(private readonly options: UnlockAttemptsOptions) {
    const { tries, damaged } = readFailedTries(options.vaultDir);
    if (damaged) options.onFileError(new Error('unlock-attempts.json is damaged; counting from zero'));
    this.tries = tries;
  }

  /** TOO_MANY_TRIES while a wait runs: called before any key derivation, so sending more tries does not shorten it. */
  assertMayTry(): void {
    const waitMs = remainingWait(this.tries, this.options.now());
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RpcFailure('TOO_MANY_TRIES', `Too many wrong tries in a row. Try again in ${seconds} s.`, seconds);
    }
  }

  /** Counts a wrong secret; answers the WRONG_SECRET to throw, saying how long the next try waits when it does. */
  failed(message: string): RpcFailure {
    const now = this.options.now();
    this.save({ count: this.tries.count + 1, lastFailureAt: now });
    this.options.onFailed?.();
    const waitMs = remainingWait(this.tries, now);
    return new RpcFailure('WRONG_SECRET', message, waitMs > 0 ? Math.ceil(waitMs / 1000) : undefined);
  }

  /** A right secret: the count starts again. */
  succeeded(): void {
    if (this.tries.count > 0) this.save({ count: 0, lastFailureAt: 0 });
  }

  private save(tries: FailedTries): void {
    this.tries = tries;
    try {
      writeFailedTries(this.options.vaultDir, tries);
    } catch (error) {
      this.options.onFileError(error);
    }
  }
}
