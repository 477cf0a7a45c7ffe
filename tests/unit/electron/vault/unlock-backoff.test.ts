import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRpcError, RpcFailure } from '../../../../shared/contract/errors';
import { createRpcClient } from '../../../../shared/contract/rpc-client';
import { UnlockAttempts } from '../../../../electron/vault/unlock-attempts';
import { NO_UNLOCK_ATTEMPTS, readUnlockAttempts, UNLOCK_ATTEMPTS_FILE_NAME, writeUnlockAttempts } from '../../../../electron/vault/unlock-attempts-file';
import { FIRST_WAIT_MS, FREE_TRIES, LONGEST_WAIT_MS, remainingWait, waitAfter } from '../../../../electron/vault/unlock-backoff';

const SECOND = 1000;

function refusal(tracker: UnlockAttempts): RpcFailure | null {
  try {
    tracker.assertMayTry();
    return null;
  } catch (error) {
    if (error instanceof RpcFailure) return error;
    throw error;
  }
}

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

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kap-attempts-'));
    clock = 5_000_000;
    fileErrors = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses with TOO_MANY_TRIES and the seconds left after the free tries, and a right secret resets it', () => {
    const tracker = attempts();
    for (let i = 1; i < FREE_TRIES; i++) expect(tracker.failed('passphrase', 'wrong').retryAfterSeconds).toBeUndefined();
    const third = tracker.failed('passphrase', 'wrong');
    expect(third).toMatchObject({ code: 'WRONG_SECRET', message: 'wrong', retryAfterSeconds: 1 });
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 1 });
    clock += SECOND;
    expect(refusal(tracker)).toBeNull();
    expect(tracker.failed('passphrase', 'wrong').retryAfterSeconds).toBe(2);
    clock += 500;
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 2 });
    clock += 1500;
    tracker.succeeded();
    // The wait is over; the audit log has not had these yet, so the file keeps them.
    expect(JSON.parse(readFileSync(path(), 'utf8'))).toMatchObject({ failedTries: 0, unaudited: { count: FREE_TRIES + 1 } });
    tracker.recordUnaudited(() => {});
    expect(existsSync(path())).toBe(false);
    for (let i = 1; i < FREE_TRIES; i++) tracker.failed('passphrase', 'wrong');
    expect(refusal(tracker)).toBeNull();
  });

  it('survives a restart: a new tracker on the same folder reads the count and the time, from an owner-only file', () => {
    const first = attempts();
    for (let i = 0; i < FREE_TRIES + 2; i++) first.failed('passphrase', 'wrong');
    expect(JSON.parse(readFileSync(path(), 'utf8'))).toEqual({
      failedTries: FREE_TRIES + 2,
      lastFailureAt: clock,
      unaudited: { count: FREE_TRIES + 2, firstAt: clock, lastAt: clock, methods: ['passphrase'] },
    });
    if (process.platform !== 'win32') expect(statSync(path()).mode & 0o777).toBe(0o600);
    clock += SECOND;
    expect(refusal(attempts())).toMatchObject({ code: 'TOO_MANY_TRIES', retryAfterSeconds: 3 });
    expect(fileErrors).toEqual([]);
  });

  it('keeps counting in memory when the file is deleted meanwhile', () => {
    const tracker = attempts();
    for (let i = 0; i < FREE_TRIES; i++) tracker.failed('passphrase', 'wrong');
    rmSync(path());
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES' });
  });

  it.each([
    ['not json {'],
    ['{"failedTries":-1,"lastFailureAt":0}'],
    ['{"failedTries":1e400,"lastFailureAt":0}'],
    ['{"failedTries":3}'],
    ['{"failedTries":0,"lastFailureAt":0,"unaudited":{"count":0,"firstAt":1,"lastAt":1,"methods":["passphrase"]}}'],
    [''],
  ])('counts a damaged file (%j) as no failures, and says so, rather than shutting the therapist out', (text) => {
    writeFileSync(path(), text);
    expect(readUnlockAttempts(dir)).toEqual({ record: NO_UNLOCK_ATTEMPTS, damaged: true });
    expect(refusal(attempts())).toBeNull();
    expect(fileErrors).toHaveLength(1);
  });

  it('goes on counting in memory when the file cannot be written, and says so', () => {
    // A folder where the temporary file would go: the write fails whoever runs the test, root included.
    mkdirSync(`${path()}.tmp`);
    const tracker = attempts();
    for (let i = 0; i < FREE_TRIES; i++) tracker.failed('passphrase', 'wrong');
    expect(fileErrors).toHaveLength(FREE_TRIES);
    expect(existsSync(path())).toBe(false);
    expect(refusal(tracker)).toMatchObject({ code: 'TOO_MANY_TRIES' });
  });

  it('writes no file for no failures', () => {
    writeUnlockAttempts(dir, NO_UNLOCK_ATTEMPTS);
    expect(existsSync(path())).toBe(false);
  });

  it('reads a file from before the audit count was kept in it', () => {
    writeFileSync(path(), '{"failedTries":4,"lastFailureAt":7}\n');
    expect(readUnlockAttempts(dir)).toEqual({ record: { tries: { count: 4, lastFailureAt: 7 }, unaudited: null }, damaged: false });
  });
});

describe('the wrong secrets the audit log has not had yet', () => {
  let dir: string;
  let clock: number;
  const attempts = () => new UnlockAttempts({ vaultDir: dir, now: () => clock, onFileError: (error) => expect.fail(String(error)) });
  const unaudited = (tracker: UnlockAttempts) => {
    let handed: unknown = 'not called';
    tracker.recordUnaudited((failures) => (handed = failures));
    return handed;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kap-unaudited-'));
    clock = 5_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('outlive a right secret and a restart, and are handed over once, with the first and last times and the kinds', () => {
    const tracker = attempts();
    tracker.failed('passphrase', 'wrong');
    clock += 10 * SECOND;
    tracker.failed('recovery-code', 'wrong');
    clock += 10 * SECOND;
    tracker.failed('passphrase', 'wrong');
    tracker.succeeded();

    // A quit here used to lose them (they were counted in memory only).
    const restarted = attempts();
    expect(refusal(restarted)).toBeNull();
    expect(unaudited(restarted)).toEqual({ count: 3, firstAt: 5_000_000, lastAt: 5_020_000, methods: ['passphrase', 'recovery-code'] });
    expect(unaudited(restarted)).toBeNull();
    expect(unaudited(attempts())).toBeNull();
  });

  it('stay when writing them fails, for the next unlock to write', () => {
    const tracker = attempts();
    tracker.failed('passphrase', 'wrong');
    expect(() =>
      tracker.recordUnaudited(() => {
        throw new Error('the audit transaction failed');
      }),
    ).toThrow('the audit transaction failed');
    expect(unaudited(attempts())).toMatchObject({ count: 1 });
  });

  it('hands null when there were none, and then writes no file', () => {
    const tracker = attempts();
    expect(unaudited(tracker)).toBeNull();
    expect(existsSync(join(dir, UNLOCK_ATTEMPTS_FILE_NAME))).toBe(false);
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
