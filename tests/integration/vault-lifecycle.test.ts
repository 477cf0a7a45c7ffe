import { createHash } from 'node:crypto';
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { AppCore } from '../../electron/app-core';
import { call, createVault } from '../support/temp-vault';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, WRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('vault lifecycle on real files', () => {
  let dir: string;
  let core: AppCore;

  // A core on an empty folder: each test makes the vault it needs.
  vaultTest.beforeEach(({ vaultDir, core: emptyCore }) => {
    dir = vaultDir;
    core = emptyCore;
  });

  vaultTest('writes nothing until the recovery code is confirmed, then opens the vault', async () => {
    expect(await call(core, 'vault.status')).toEqual({ state: 'absent' });
    const shown = await call(core, 'vault.create', { passphrase: STRONG_PASSPHRASE });
    expect(shown.recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await call(core, 'vault.status')).toEqual({ state: 'absent' });

    const wrongGroup = shown.recoveryCode.split('-')[shown.confirmGroup === 1 ? 1 : 0]!;
    const refused = await core.dispatch('vault.confirmCreate', { group: wrongGroup });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    expect(await call(core, 'vault.status')).toEqual({ state: 'absent' });

    await call(core, 'vault.confirmCreate', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]!.toLowerCase() });
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
  });

  vaultTest('refuses a weak passphrase with a reason', async () => {
    const result = await core.dispatch('vault.create', { passphrase: 'password123' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10);
  });

  vaultTest('unlocks with the passphrase, refuses a wrong one, and keeps the data', async () => {
    await createVault(core);
    const client = await call(core, 'clients.create', { displayName: 'Robin Example' });
    core.lock('user');
    expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });
    expect(await core.dispatch('clients.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    expect(await core.dispatch('vault.unlock', { passphrase: WRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });

    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await call(core, 'clients.get', { id: client.id })).toMatchObject({ displayName: 'Robin Example' });
  });

  vaultTest('recovers with the recovery code and a new passphrase; the old passphrase stops working', async () => {
    const recoveryCode = await createVault(core);
    core.lock('user');
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode: 'ABCD-ABCD-ABCD-ABCD-ABCD-ABCD-ABCD' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode: recoveryCode.toLowerCase().replaceAll('-', ' ') });
    expect(await call(core, 'vault.status')).toEqual({ state: 'locked' });

    await call(core, 'vault.recover', { recoveryCode, newPassphrase: OTHER_STRONG_PASSPHRASE });
    expect(await call(core, 'vault.status')).toEqual({ state: 'unlocked' });
    core.lock('user');
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
  });

  vaultTest('changes the passphrase by re-wrapping the key without touching the database file', async () => {
    await createVault(core);
    await call(core, 'clients.create', { displayName: 'Sam Example' });
    core.lock('user');
    const databaseBefore = sha256(join(dir, 'kap.db'));
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });

    expect(await core.dispatch('vault.changePassphrase', { currentPassphrase: WRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await core.dispatch('vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID' },
    });
    const vaultJsonBefore = sha256(join(dir, 'vault.json'));
    await call(core, 'vault.changePassphrase', { currentPassphrase: STRONG_PASSPHRASE, newPassphrase: OTHER_STRONG_PASSPHRASE });
    expect(sha256(join(dir, 'vault.json'))).not.toBe(vaultJsonBefore);
    expect(sha256(join(dir, 'kap.db'))).toBe(databaseBefore);

    core.lock('user');
    expect(await core.dispatch('vault.unlock', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.unlock', { passphrase: OTHER_STRONG_PASSPHRASE });
  });

  vaultTest('a new recovery code revokes the old one, and only after it is confirmed', async () => {
    const oldCode = await createVault(core);
    const shown = await call(core, 'vault.beginRecoveryCodeRotation', { passphrase: STRONG_PASSPHRASE });
    expect(shown.recoveryCode).not.toBe(oldCode);
    await call(core, 'vault.verifyRecoveryCode', { recoveryCode: oldCode });
    await call(core, 'vault.confirmRecoveryCodeRotation', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]! });

    core.lock('user');
    expect(await core.dispatch('vault.verifyRecoveryCode', { recoveryCode: oldCode })).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET' } });
    await call(core, 'vault.recover', { recoveryCode: shown.recoveryCode, newPassphrase: OTHER_STRONG_PASSPHRASE });
  });

  vaultTest('locking emits vault.locked with the reason and drops the open database', async () => {
    await createVault(core);
    const seen: unknown[] = [];
    core.onEvent((name, payload) => seen.push({ name, payload }));
    await call(core, 'vault.lock', { reason: 'idle' });
    expect(seen).toEqual([{ name: 'vault.locked', payload: { reason: 'idle' } }]);
    expect(core.idleLockMinutes()).toBeNull();
  });

  vaultTest('keeps every vault file private to the owner', async () => {
    await createVault(core);
    await call(core, 'clients.create', { displayName: 'Mode Check' });
    for (const name of ['vault.json', 'kap.db']) {
      expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    }
    core.lock('user');
    expect(statSync(join(dir, 'kap.db')).mode & 0o777).toBe(0o600);
  });

  vaultTest('makes a vault folder that already existed with looser modes private, at creation and at unlock', async () => {
    chmodSync(dir, 0o755);
    await createVault(core);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    core.lock('user');
    chmodSync(dir, 0o755);
    await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});
