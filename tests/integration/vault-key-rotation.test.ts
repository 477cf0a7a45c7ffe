import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import type { RotationStep } from '../../electron/vault/rotate-database-key';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { type VaultCopies, vaultTest } from '../support/vault-fixture';

const STEPS: RotationStep[] = ['next-key-file', 'copy', 'closed', 'swapped'];
const CLIENTS = 40;

/** One vault made once (Argon2id is slow); each test rotates its own copy of the folder. */
vaultTest.override(
  'templateClients',
  { scope: 'file' },
  Array.from({ length: CLIENTS }, (_, index) => `Rotation Client ${index}`),
);

let template: string;
let oldRecoveryCode: string;
let copies: VaultCopies;

vaultTest.beforeAll(({ templateVault }) => {
  ({ dir: template, recoveryCode: oldRecoveryCode } = templateVault);
}, 120_000);
vaultTest.beforeEach(({ vaultCopies }) => {
  copies = vaultCopies;
});

function copyOf(source: string): string {
  return copies.copy(source);
}

function coreFor(dir: string, afterRotationStep?: (step: RotationStep) => void): AppCore {
  return copies.open(dir, { afterRotationStep });
}

/** Begins and confirms a rotation; answers the new recovery code, or the failure. */
async function rotate(core: AppCore) {
  const shown = await call(core, 'vault.beginKeyRotation', { passphrase: STRONG_PASSPHRASE });
  const answer = await core.dispatch('vault.confirmKeyRotation', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]! });
  return { answer, newRecoveryCode: shown.recoveryCode, databaseBytes: shown.databaseBytes };
}

async function clientCount(core: AppCore): Promise<number> {
  return (await call(core, 'clients.list', {})).clients.length;
}

describe('rotating the database key', () => {
  vaultTest('re-encrypts under a new key: the passphrase and the new code open it, the old code and old key files do not', async () => {
    const dir = copyOf(template);
    const oldKeyFile = readFileSync(join(dir, 'vault.json'));
    const oldDatabase = readFileSync(join(dir, 'kap.db'));
    const core = coreFor(dir);
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const { answer, newRecoveryCode, databaseBytes } = await rotate(core);
    expect(answer).toEqual({ ok: true, value: {} });
    expect(databaseBytes).toBeGreaterThan(0);
    expect(await clientCount(core)).toBe(CLIENTS);
    await call(core, 'clients.create', { displayName: 'Written after the rotation' });
    core.lock('user');

    expect(readFileSync(join(dir, 'kap.db')).subarray(0, 4096).equals(oldDatabase.subarray(0, 4096))).toBe(false);
    expect(readFileSync(join(dir, 'vault.mirror.json')).equals(readFileSync(join(dir, 'vault.json')))).toBe(true);
    for (const leftover of ['vault.next.json', 'kap.db.new']) expect(existsSync(join(dir, leftover))).toBe(false);
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode: oldRecoveryCode })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode: newRecoveryCode });
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await clientCount(core)).toBe(CLIENTS + 1);
    core.lock('user');

    // Someone holding the old vault.json (an old backup, a synced copy) cannot open what is written now.
    const withOldKeyFile = copyOf(dir);
    rmSync(join(withOldKeyFile, 'vault.mirror.json'));
    writeFileSync(join(withOldKeyFile, 'vault.json'), oldKeyFile);
    const stale = await coreFor(withOldKeyFile).dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(stale).toMatchObject({ ok: false, error: { code: 'VAULT_DAMAGED' } });
  });

  vaultTest('a lock between showing the new code and its confirmation drops the rotation; nothing changed', async () => {
    const dir = copyOf(template);
    const core = coreFor(dir);
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const shown = await call(core, 'vault.beginKeyRotation', { passphrase: STRONG_PASSPHRASE });
    core.lock('user');
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    const group = shown.recoveryCode.split('-')[shown.confirmGroup - 1]!;
    expect(await core.dispatch('vault.confirmKeyRotation', { group })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await core.dispatch('vault.confirmRecoveryCodeRotation', { group })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    core.lock('user');
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode: oldRecoveryCode });
  });

  for (const step of STEPS) {
    vaultTest(`a failure after step "${step}" leaves the vault open and whole, and the next unlock settles the files`, async () => {
      const dir = copyOf(template);
      const core = coreFor(dir, (reached) => {
        if (reached === step) throw Object.assign(new Error('simulated failure'), { code: 'ENOSPC' });
      });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const { answer } = await rotate(core);
      expect(answer).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
      expect(await clientCount(core)).toBe(CLIENTS);
      await call(core, 'clients.create', { displayName: 'Written after a failed rotation' });
      core.lock('user');
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect(await clientCount(core)).toBe(CLIENTS + 1);
      for (const leftover of ['vault.next.json', 'kap.db.new']) expect(existsSync(join(dir, leftover))).toBe(false);
    });

    vaultTest(`a crash right after step "${step}" leaves a vault the passphrase opens whole`, async () => {
      const dir = copyOf(template);
      let crashed: string | null = null;
      // Every step's writes are flushed before it returns, so the folder as it is then is what a kill leaves.
      const core = coreFor(dir, (reached) => {
        if (reached === step) crashed = copyOf(dir);
      });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const { answer, newRecoveryCode } = await rotate(core);
      expect(answer).toEqual({ ok: true, value: {} });
      expect(crashed).not.toBeNull();

      const after = coreFor(crashed!);
      await call(after, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      expect(await clientCount(after)).toBe(CLIENTS);
      after.lock('user');
      // Before the swap the old code still opens it; after it, the new one does.
      const swapped = step === 'swapped';
      await call(after, 'vault.verifyRecoveryCode', { recoveryCode: swapped ? newRecoveryCode : oldRecoveryCode });
      expect(await after.dispatch('vault.verifyRecoveryCode', { recoveryCode: swapped ? oldRecoveryCode : newRecoveryCode })).toMatchObject({
        ok: false,
        error: { code: 'WRONG_SECRET' },
      });
      for (const leftover of ['vault.next.json', 'kap.db.new']) expect(existsSync(join(crashed!, leftover))).toBe(false);
    });
  }
});
