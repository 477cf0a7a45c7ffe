import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type FailedTries, NO_FAILED_TRIES } from './unlock-backoff';
import { fsyncDirectory, writeOwnerOnlyFileAtomically } from './vault-file';

/** Beside the key file: wrong secrets in a row (for the wait), and those the audit log has not had yet. No secret in it. */
export const UNLOCK_ATTEMPTS_FILE_NAME = 'unlock-attempts.json';

export type SecretKind = 'passphrase' | 'recovery-code';

/**
 * Wrong secrets since the audit log last recorded them. The log lives in the encrypted database,
 * closed while most of them happen, so they wait here (a count, times and kinds, nothing typed)
 * until the next unlock writes them. A right secret ends the wait's count, not this one.
 */
export interface UnauditedFailures {
  count: number;
  firstAt: number;
  lastAt: number;
  methods: SecretKind[];
}

export interface UnlockAttemptsRecord {
  tries: FailedTries;
  unaudited: UnauditedFailures | null;
}

export const NO_UNLOCK_ATTEMPTS: UnlockAttemptsRecord = { tries: NO_FAILED_TRIES, unaudited: null };

const epochMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const attemptsFileSchema = z.strictObject({
  failedTries: epochMs,
  lastFailureAt: epochMs,
  // Absent in files written before the audit read its count from here.
  unaudited: z
    .strictObject({
      count: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
      firstAt: epochMs,
      lastAt: epochMs,
      methods: z
        .array(z.enum(['passphrase', 'recovery-code']))
        .min(1)
        .max(2),
    })
    .optional(),
});

/** What the file says; `damaged` when it is there but unreadable, and then it counts as no failures (decision 0054). */
export function readUnlockAttempts(vaultDir: string): { record: UnlockAttemptsRecord; damaged: boolean } {
  const path = join(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME);
  if (!existsSync(path)) return { record: NO_UNLOCK_ATTEMPTS, damaged: false };
  try {
    const parsed = attemptsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) {
      const { failedTries, lastFailureAt, unaudited } = parsed.data;
      return { record: { tries: { count: failedTries, lastFailureAt }, unaudited: unaudited ?? null }, damaged: false };
    }
  } catch {
    // Not JSON: damaged, as below.
  }
  return { record: NO_UNLOCK_ATTEMPTS, damaged: true };
}

/** Written atomically and owner-only; nothing to keep is no file, so a vault that was never guessed at has none. */
export function writeUnlockAttempts(vaultDir: string, { tries, unaudited }: UnlockAttemptsRecord): void {
  if (tries.count === 0 && unaudited === null) {
    const path = join(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME);
    if (!existsSync(path)) return;
    rmSync(path);
    fsyncDirectory(vaultDir);
    return;
  }
  const text = JSON.stringify({ failedTries: tries.count, lastFailureAt: tries.lastFailureAt, ...(unaudited ? { unaudited } : {}) });
  writeOwnerOnlyFileAtomically(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME, `${text}\n`);
}
