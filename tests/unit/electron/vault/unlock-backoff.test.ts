import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRpcError, RpcFailure } from '../../../../shared/contract/errors';
import { createRpcClient } from '../../../../shared/contract/rpc-client';
import { UnlockAttempts } from '../../../../electron/vault/unlock-attempts';
import { readFailedTries, UNLOCK_ATTEMPTS_FILE_NAME, writeFailedTries } from '../../../../electron/vault/unlock-attempts-file';
import { FIRST_WAIT_MS, FREE_TRIES, LONGEST_WAIT_MS, remainingWait, waitAfter } from '../../../../electron/vault/unlock-backoff';

const SECOND = 1000;

describe('the wait after wrong secrets in a row', () => {
  it('costs nothing for the free tries, then 1 s doubling at every step up to the five-minute cap', () => {
    expect(FREE_TRIES).toBe(3);
    const waits = Array.from({ length: 16 }, (_, count) => waitAfter(count) / SECOND);
    expect(waits).toEqual([0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300, 300]);
    expect(waitAfter(FREE_TRIES)).toBe(FIRST_WAIT_MS);
    expect(waitAfter(10_000)).toBe(LONGEST_WAIT_MS);
    expect(waitAfter(Number.MAX_SAFE_INTEGER)).toBe(LONGEST_WAIT_MS);
  });

  it('counts down from the last failure and is over once its wait has passed', () => {
    const tries = { count: 5, lastFailureAt: 1_000_000 };
    expect(remainingWait(tries, 1_000_000)).toBe(4 * SECOND);
    expect(remainingWait(tries, 1_000_000 + 3 * SECOND)).toBe(SECOND);
    expect(remainingWait(tries, 1_000_000 + 4 * SECOND)).toBe(0);
    expect(remainingWait(tries, 1_000_000 + 60 * SECOND)).toBe(0);
    expect(remainingWait({ count: 2, lastFailureAt: 1_000_000 }, 1_000_000)).toBe(0);
  });

  it('never waits longer than the step when the clock was set back', () => {
    expect(remainingWait({ count: 20, lastFailureAt: 10 * LONGEST_WAIT_MS }, 0)).toBe(LONGEST_WAIT_MS);
    expect(remainingWait({ count: 4, lastFailureAt: 10 * LONGEST_WAIT_MS }, 0)).toBe(2 * SECOND);
  });
});

describe('the count of wrong tries, kept beside the key file', () => {
  let dir: string;
  let clock: number;
  let fileErrors: unknown[];
  const attempts = () => new UnlockAttempts({ vaultDir: dir, now: () => clock, onFileError: (error) => fileErrors.push(error) });
  const path = () => join(dir, UNLOCK_ATTEMPTS_FILE_NAME);
  const refusal = (tracker: UnlockAttempts): RpcFailure | null => {
    try {
      tracker.assertMayTry();
      return null;
    } catch (error) {
      if (error instanceof RpcFailure) return error;
      throw error;
    }
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kap-attempts-'));
    clock = 5_000_000;
    fileErrors = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses with TOO_MANY_TRIES and the seconds left after the free tries, and a right secret resets it', () => {
    const tracker = attempts();
    for (let i = 1; i < FREE_TRIES; i++) expect(tracker.failed('wrong').retryAfterSeconds).toBeUndefined();
    const third = tracker.failed('wrong');
    expect(third).toMatchObject({ code: 'WRONG_SECRET', message: 'wrong', retryAfterSeconds: 1 });
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 1 });
    clock += SECOND;
    expect(refusal(tracker)).toBeNull();
    expect(tracker.failed('wrong').retryAfterSeconds).toBe(2);
    clock += 500;
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 2 });
    clock += 1500;
    tracker.succeeded();
    expect(existsSync(path())).toBe(false);
    for (let i = 1; i < FREE_TRIES; i++) tracker.failed('wrong');
    expect(refusal(tracker)).toBeNull();
  });

  it('survives a restart: a new tracker on the same folder reads the count and the time, from an owner-only file', () => {
    const first = attempts();
    for (let i = 0; i < FREE_TRIES + 2; i++) first.failed('wrong');
    expect(JSON.parse(readFileSync(path(), 'utf8'))).toEqual({ failedTries: FREE_TRIES + 2, lastFailureAt: clock });
    if (process.platform !== 'win32') expect(statSync(path()).mode & 0o777).toBe(0o600);
    clock += SECOND;
    expect(refusal(attempts())).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 3 });
    expect(fileErrors).toEqual([]);
  });

  it('keeps counting in memory when the file is deleted meanwhile', () => {
    const tracker = attempts();
    for (let i = 0; i < FREE_TRIES; i++) tracker.failed('wrong');
    rmSync(path());
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES' });
  });

  it.each([['not json {'], ['{"failedTries":-1,"lastFailureAt":0}'], ['{"failedTries":1e400,"lastFailureAt":0}'], ['{"failedTries":3}'], ['']])(
    'counts a damaged file (%j) as no failures, and says so, rather than shutting the therapist out',
    (text) => {
      writeFileSync(path(), text);
      expect(readFailedTries(dir)).toEqual({ tries: { count: 0, lastFailureAt: 0 }, damaged: true });
      expect(refusal(attempts())).toBeNull();
      expect(fileErrors).toHaveLength(1);
    },
  );

  it('goes on counting in memory when the file cannot be written, and says so', () => {
    // A folder where the temporary file would go: the write fails whoever runs the test, root included.
    mkdirSync(`${path()}.tmp`);
    const tracker = attempts();
    for (let i = 0; i < FREE_TRIES; i++) tracker.failed('wrong');
    expect(fileErrors).toHaveLength(FREE_TRIES);
    expect(existsSync(path())).toBe(false);
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES' });
  });

  it('writes no file for no failures', () => {
    writeFailedTries(dir, { count: 0, lastFailureAt: 0 });
    expect(existsSync(path())).toBe(false);
  });
});

describe('the wait on the wire', () => {
  it('reaches the typed client with the error, and nonsense in its place is dropped', async () => {
    const answering = (retryAfterSeconds: unknown) =>
      createRpcClient(async () => ({ ok: false, error: { code: 'TOO_MANY_TRIES', message: 'wait', retryAfterSeconds } }));
    const refused = await answering(8)
      .call('vault.unlock', { passphrase: 'x' })
      .catch((error: unknown) => error);
    expect(isRpcError(refused, 'TOO_MANY_TRIES') && refused.retryAfterSeconds).toBe(8);
    const nonsense = await answering('soon')
      .call('vault.unlock', { passphrase: 'x' })
      .catch((error: unknown) => error);
    expect(isRpcError(nonsense, 'TOO_MANY_TRIES') && nonsense.retryAfterSeconds).toBeUndefined();
  });
});
