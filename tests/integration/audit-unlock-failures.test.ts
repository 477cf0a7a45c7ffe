import { afterEach, beforeEach, describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { AuditEntry } from '../../shared/contract';
import { holdableDerivation } from '../support/holdable-derivation';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../support/passphrases';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

const EVERYTHING = { from: 0, to: 8.64e15 };

/** The entries after the last lock, oldest first, as kind (and count for failures). */
async function sinceLastLock(core: AppCore): Promise<string[]> {
  const entries: AuditEntry[] = (await call(core, 'audit.list', { range: EVERYTHING })).entries.reverse();
  const lastLock = entries.map((entry) => entry.kind).lastIndexOf('lock');
  return entries.slice(lastLock + 1).map((entry) => (entry.kind === 'unlock-failed' ? `unlock-failed ×${String(entry.detail?.count)}` : entry.kind));
}

/**
 * Wrong secrets reach the audit log from the vault's own count (unlock-attempts.json), the one
 * that times the wait: not from a second count in memory that a quit loses.
 */
describe('wrong secrets in the audit log', () => {
  let clock: number;
  let gate: ReturnType<typeof holdableDerivation>;
  const coreOptions = { now: () => clock, deriveKey: (...args: Parameters<ReturnType<typeof holdableDerivation>['derive']>) => gate.derive(...args) };
  vaultTest.override('coreOptions', coreOptions);
  beforeEach(() => {
    clock = Date.UTC(2026, 11, 3, 9);
    gate = holdableDerivation();
  });
  afterEach(() => gate.release());

  const wrongUnlock = (core: AppCore) => core.dispatch('vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });

  vaultTest('tries before a quit are written at the next launch’s unlock, at the first one’s time', async ({ vault: { core, dir }, vaultCopies }) => {
    core.lock('user');
    const firstAt = clock;
    expect(await wrongUnlock(core)).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    clock += 60_000;
    expect(await wrongUnlock(core)).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await core.close();

    const relaunched = vaultCopies.open(dir, coreOptions);
    clock += 60_000;
    await call(relaunched, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await sinceLastLock(relaunched)).toEqual(['unlock-failed ×2', 'unlock']);
    const [failed] = (await call(relaunched, 'audit.list', { range: EVERYTHING, kinds: ['unlock-failed'] })).entries;
    expect(failed).toMatchObject({ at: firstAt, detail: { count: 2, lastAt: firstAt + 60_000, using: 'passphrase' } });

    // Written once: the next unlock has nothing to add.
    relaunched.lock('user');
    await call(relaunched, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await sinceLastLock(relaunched)).toEqual(['unlock']);
  });

  vaultTest('a lock landing while the right passphrase derives writes nothing, and the count waits for the unlock that lands', async ({ vault: { core } }) => {
    core.lock('user');
    await wrongUnlock(core);
    gate.holdAt(1);
    const unlocking = core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    await gate.held();
    core.lock('user');
    gate.release();
    expect(await unlocking).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await sinceLastLock(core)).toEqual(['unlock-failed ×1', 'unlock']);
  });

  vaultTest('two unlocks racing write one unlock entry, with the wrong try sent beside them counted once', async ({ vault: { core } }) => {
    core.lock('user');
    const answers = await Promise.all([
      wrongUnlock(core),
      core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE }),
      core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE }),
    ]);
    expect(answers.map((answer) => answer.ok)).toEqual([false, true, true]);
    expect(await sinceLastLock(core)).toEqual(['unlock-failed ×1', 'unlock']);
  });

  vaultTest('a wrong passphrase asked for while unlocked (before an export) is in the next unlock’s entry', async ({ vault: { core } }) => {
    expect(await core.dispatch('vault.changePassphrase', { currentPassphrase: OTHER_STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject(
      {
        ok: false,
        error: { code: 'WRONG_SECRET' },
      },
    );
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await sinceLastLock(core)).toEqual(['unlock-failed ×1', 'unlock']);
  });
});
