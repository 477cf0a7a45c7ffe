import { RpcFailure } from '../../shared/contract/errors';
import { readUnlockAttempts, type SecretKind, type UnauditedFailures, type UnlockAttemptsRecord, writeUnlockAttempts } from './unlock-attempts-file';
import { NO_FAILED_TRIES, remainingWait } from './unlock-backoff';

export interface UnlockAttemptsOptions {
  vaultDir: string;
  now: () => number;
  /** Told when unlock-attempts.json could not be read (then counted from zero) or written (then the count lives in memory). */
  onFileError: (error: unknown) => void;
}

/**
 * The count of wrong passphrases and recovery codes, shared by every path that checks one: in a
 * row, for the wait; and since the audit log last recorded them, for its next entry. Read from
 * the vault folder once, kept in memory and written after each change, so a restart (or a quit
 * before the next unlock) keeps both, and a file deleted meanwhile does not reset them.
 */
export class UnlockAttempts {
  private record: UnlockAttemptsRecord;

  constructor(private readonly options: UnlockAttemptsOptions) {
    const { record, damaged } = readUnlockAttempts(options.vaultDir);
    if (damaged) options.onFileError(new Error('unlock-attempts.json is damaged; counting from zero'));
    this.record = record;
  }

  /** TOO_MANY_TRIES while a wait runs: called before any key derivation, so sending more tries does not shorten it. */
  assertMayTry(): void {
    const waitMs = remainingWait(this.record.tries, this.options.now());
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new RpcFailure('TOO_MANY_TRIES', `Too many wrong tries in a row. Try again in ${seconds} s.`, seconds);
    }
  }

  /** Counts a wrong secret; answers the WRONG_SECRET to throw, saying how long the next try waits when it does. */
  failed(kind: SecretKind, message: string): RpcFailure {
    const now = this.options.now();
    const { tries, unaudited } = this.record;
    this.save({ tries: { count: tries.count + 1, lastFailureAt: now }, unaudited: withFailure(unaudited, kind, now) });
    const waitMs = remainingWait(this.record.tries, now);
    return new RpcFailure('WRONG_SECRET', message, waitMs > 0 ? Math.ceil(waitMs / 1000) : undefined);
  }

  /** A right secret: the count in a row starts again. The audit's count waits for `recordUnaudited`. */
  succeeded(): void {
    if (this.record.tries.count > 0) this.save({ ...this.record, tries: NO_FAILED_TRIES });
  }

  /**
   * Hands the wrong secrets the audit log has not had (null when none) to `record`, which writes
   * them in its transaction; once it returns they are forgotten. A crash between its commit and
   * this file's rewrite records them twice rather than never.
   */
  recordUnaudited(record: (failures: UnauditedFailures | null) => void): void {
    const { unaudited } = this.record;
    record(unaudited);
    if (unaudited !== null) this.save({ ...this.record, unaudited: null });
  }

  private save(record: UnlockAttemptsRecord): void {
    this.record = record;
    try {
      writeUnlockAttempts(this.options.vaultDir, record);
    } catch (error) {
      this.options.onFileError(error);
    }
  }
}

function withFailure(unaudited: UnauditedFailures | null, kind: SecretKind, at: number): UnauditedFailures {
  if (unaudited === null) return { count: 1, firstAt: at, lastAt: at, methods: [kind] };
  const methods = unaudited.methods.includes(kind) ? unaudited.methods : [...unaudited.methods, kind].sort();
  return { count: unaudited.count + 1, firstAt: unaudited.firstAt, lastAt: Math.max(unaudited.lastAt, at), methods };
}
