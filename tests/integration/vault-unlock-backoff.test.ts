import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { deriveWrappingKey, type KeyDerivation } from '../../electron/vault/key-wrapping';
import { UNLOCK_ATTEMPTS_FILE_NAME } from '../../electron/vault/unlock-attempts-file';
import { call } from '../support/temp-vault';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, WRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

const WRONG_CODE = 'ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD';

describe('guessing is slow: wrong secrets in a row wait, through dispatch on a real vault', () => {
  let clock: number;
  let derivations: number;
  /** Real Argon2id, counted: a refused try must not reach it. */
  const countingDerivation: KeyDerivation = (secret, kdf) => {
    derivations += 1;
    return deriveWrappingKey(secret, kdf);
  };
  const coreOptions = { now: () => clock, deriveKey: countingDerivation };
  vaultTest.override('coreOptions', coreOptions);

  beforeEach(() => {
    clock = Date.UTC(2026, 0, 5, 9);
    derivations = 0;
  });

  const unlock = (core: AppCore, passphrase: string) => core.dispatch('vault.unlock', { passphrase });

  vaultTest('three wrong passphrases are WRONG_SECRET; the fourth waits, refused without a key derivation', async ({ vault: { core, dir } }) => {
    core.lock('user');
    derivations = 0;
    expect(await unlock(core, WRONG_PASSPHRASE)).toEqual({ ok: false, error: { code: 'WRONG_SECRET', message: expect.any(String) } });
    expect(await unlock(core, WRONG_PASSPHRASE)).toEqual({ ok: false, error: { code: 'WRONG_SECRET', message: expect.any(String) } });
    // The third starts the wait, and says so, so the lock screen can count down at once.
    expect(await unlock(core, WRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', retryAfterSeconds: 1 } });
    const derivedSoFar = derivations;
    expect(derivedSoFar).toBe(3);

    // Many tries sent at once during the wait: every one refused, none derives, the right one included.
    const refused = await Promise.all([unlock(core, WRONG_PASSPHRASE), unlock(core, STRONG_PASSPHRASE), unlock(core, WRONG_PASSPHRASE)]);
    for (const answer of refused) expect(answer).toMatchObject({ ok: false, error: { code: 'TOO_MANY_TRIES', retryAfterSeconds: 1 } });
    expect(derivations).toBe(derivedSoFar);
    expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });

    // After the wait the right passphrase opens, and the count starts again.
    clock += 1000;
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
    expect(existsSync(join(dir, UNLOCK_ATTEMPTS_FILE_NAME))).toBe(false);
  });

  vaultTest('the count survives a restart: a new core on the same folder refuses during the wait', async ({ vault: { core, dir }, vaultCopies }) => {
    core.lock('user');
    for (let i = 0; i < 3; i++) clock += 1000 * (await wrongThenWait(core));
    expect(await wrongThenWait(core)).toBe(2);
    await core.close();
    derivations = 0;

    const restarted = vaultCopies.open(dir, coreOptions);
    expect(await unlock(restarted, STRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_TRIES', retryAfterSeconds: 2 } });
    expect(derivations).toBe(0);
    clock += 2000;
    await call(restarted, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(existsSync(join(dir, UNLOCK_ATTEMPTS_FILE_NAME))).toBe(false);
    restarted.lock('user');
    // Reset: three free tries again.
    for (let i = 0; i < 3; i++) expect(await unlock(restarted, WRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
  });

  vaultTest('passphrase and recovery code share one count', async ({ vault: { core } }) => {
    core.lock('user');
    await unlock(core, WRONG_PASSPHRASE);
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode: WRONG_CODE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await core.dispatch('vault.recover', { recoveryCode: WRONG_CODE, newPassphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET', retryAfterSeconds: 1 },
    });
    const derivedSoFar = derivations;
    expect(await unlock(core, STRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_TRIES' } });
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode: WRONG_CODE })).toMatchObject({ ok: false, error: { code: 'TOO_MANY_TRIES' } });
    expect(derivations).toBe(derivedSoFar);
  });

  vaultTest('asking for the passphrase again while unlocked (before an export, to change it) counts too', async ({ vault: { core, recoveryCode } }) => {
    expect(await core.dispatch('exports.practice', { includePrivateNotes: false, passphrase: WRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await core.dispatch('vault.changePassphrase', { currentPassphrase: WRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await core.dispatch('vault.beginKeyRotation', { passphrase: WRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET', retryAfterSeconds: 1 },
    });
    const derivedSoFar = derivations;
    expect(await core.dispatch('exports.practice', { includePrivateNotes: false, passphrase: STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'TOO_MANY_TRIES' },
    });
    expect(derivations).toBe(derivedSoFar);
    // The count is the vault's, not the session's: locking does not clear it.
    core.lock('user');
    expect(await unlock(core, STRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'TOO_MANY_TRIES' } });
    clock += 1000;
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode });
    expect(await unlock(core, WRONG_PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
  });

  vaultTest('a damaged count file does not shut the therapist out', async ({ vault: { core, dir }, vaultCopies }) => {
    core.lock('user');
    await core.close();
    writeFileSync(join(dir, UNLOCK_ATTEMPTS_FILE_NAME), '{"failedTries": "lots", garbage');
    const logged: string[] = [];
    const restarted = vaultCopies.open(dir, { ...coreOptions, logger: { warn: () => undefined, error: (message) => logged.push(message) } });
    await call(restarted, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await call(restarted, 'vault.status')).toEqual({ state: 'unlocked' });
    // Counted as zero, with a note in the log (no content: the file holds none anyway).
    expect(logged).toEqual([expect.stringContaining('the count of wrong tries could not be read or written')]);
  });
});

/** Tries a wrong passphrase; answers the seconds until the next try is taken. */
async function wrongThenWait(core: AppCore): Promise<number> {
  const answer = await core.dispatch('vault.unlock', { passphrase: WRONG_PASSPHRASE });
  expect(answer).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
  return answer.ok ? 0 : (answer.error.retryAfterSeconds ?? 0);
}
