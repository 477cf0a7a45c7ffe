import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { holdableDerivation } from '../support/holdable-derivation';
import { call } from '../support/temp-vault';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, THIRD_STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

describe('a lock landing while a vault operation awaits its key derivation', () => {
  let core: AppCore;
  let gate: ReturnType<typeof holdableDerivation>;
  let recoveryCode: string;

  // Each test's core derives through its own gate, made before the fixture makes the vault.
  vaultTest.override('coreOptions', { deriveKey: (secret, kdf) => gate.derive(secret, kdf) });
  beforeEach(() => {
    gate = holdableDerivation();
  });
  vaultTest.beforeEach(async ({ vault }) => {
    ({ core, recoveryCode } = vault);
    await call(core, 'clients.create', { displayName: 'Robin Example' });
  });
  afterEach(() => {
    gate.release();
  });

  /** The vault as it was: the old passphrase and the recovery code open it, with its records. */
  async function expectUnchanged(): Promise<void> {
    core.lock('user');
    expect(await core.dispatch('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await call(core, 'clients.list', {})).clients).toHaveLength(1);
  }

  for (const derivation of [1, 2]) {
    vaultTest(`a passphrase change locked during derivation ${derivation} answers LOCKED and changes nothing`, async () => {
      gate.holdAt(derivation);
      const change = core.dispatch('vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE });
      await gate.held();
      core.lock('user');
      gate.release();
      const answer = await change;
      expect(answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      if (!answer.ok) expect(answer.error.message).toContain('Nothing was changed');
      await expectUnchanged();
    });

    vaultTest(`a new recovery code locked during derivation ${derivation} answers LOCKED and the old code still opens`, async () => {
      gate.holdAt(derivation);
      const begin = core.dispatch('vault.beginRecoveryCodeRotation', { passphrase: STRONG_PASSPHRASE });
      await gate.held();
      core.lock('user');
      gate.release();
      expect(await begin).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      await expectUnchanged();
    });

    vaultTest(`a recovery locked during derivation ${derivation} answers LOCKED and leaves the passphrase as it was`, async () => {
      core.lock('user');
      gate.holdAt(derivation);
      const recover = core.dispatch('vault.recover', { recoveryCode, newPassphrase: OTHER_STRONG_PASSPHRASE });
      await gate.held();
      core.lock('idle');
      gate.release();
      expect(await recover).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      await expectUnchanged();
    });
  }

  vaultTest('a lock between showing a new recovery code and its confirmation drops the new code; the old one still opens', async () => {
    const shown = await call(core, 'vault.beginRecoveryCodeRotation', { passphrase: STRONG_PASSPHRASE });
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const group = shown.recoveryCode.split('-')[shown.confirmGroup - 1]!;
    expect(await core.dispatch('vault.confirmRecoveryCodeRotation', { group })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await expectUnchanged();
  });

  vaultTest('a change that no lock interrupts completes: the new passphrase and the recovery code open the vault', async () => {
    await call(core, 'vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE });
    core.lock('user');
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
    core.lock('user');
    await call(core, 'vault.recover', { recoveryCode, newPassphrase: THIRD_STRONG_PASSPHRASE });
    expect((await call(core, 'clients.list', {})).clients).toHaveLength(1);
  });

  vaultTest('a second change landing while the first awaits runs after it, against the passphrase the first set', async () => {
    gate.holdAt(2);
    const first = core.dispatch('vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE });
    await gate.held();
    const stale = core.dispatch('vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: THIRD_STRONG_PASSPHRASE });
    const chained = core.dispatch('vault.changePassphrase', { currentPassphrase: OTHER_STRONG_PASSPHRASE, newPassphrase: THIRD_STRONG_PASSPHRASE });
    gate.release();
    expect(await first).toMatchObject({ ok: true });
    expect(await stale).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await chained).toMatchObject({ ok: true });
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: THIRD_STRONG_PASSPHRASE });
    expect((await call(core, 'clients.list', {})).clients).toHaveLength(1);
  });
});
