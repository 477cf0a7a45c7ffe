import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { type FailedTries, NO_FAILED_TRIES } from './unlock-backoff';
import { fsyncDirectory, writeOwnerOnlyFileAtomically } from './vault-file';

/** Beside the key file: how many wrong secrets in a row, and when the last was tried. No secret in it. */
export const UNLOCK_ATTEMPTS_FILE_NAME = 'unlock-attempts.json';

const attemptsFileSchema = z.strictObject({
  failedTries: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  lastFailureAt: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** What the file says; `damaged` when it is there but unreadable, and then it counts as no failures (decision 0054). */
export function readFailedTries(vaultDir: string): { tries: FailedTries; damaged: boolean } {
  const path = join(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME);
  if (!existsSync(path)) return { tries: NO_FAILED_TRIES, damaged: false };
  try {
    const parsed = attemptsFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { tries: { count: parsed.data.failedTries, lastFailureAt: parsed.data.lastFailureAt }, damaged: false };
  } catch {
    // Not JSON: damaged, as below.
  }
  return { tries: NO_FAILED_TRIES, damaged: true };
}

/** Written atomically and owner-only; no failures is no file, so a vault that was never guessed at has none. */
export function writeFailedTries(vaultDir: string, tries: FailedTries): void {
  if (tries.count === 0) {
    const path = join(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME);
    if (!existsSync(path)) return;
    rmSync(path);
    fsyncDirectory(vaultDir);
    return;
  }
  writeOwnerOnlyFileAtomically(vaultDir, UNLOCK_ATTEMPTS_FILE_NAME, `${JSON.stringify({ failedTries: tries.count, lastFailureAt: tries.lastFailureAt })}\n`);
}
