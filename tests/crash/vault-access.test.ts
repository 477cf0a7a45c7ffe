import { describe, expect } from 'vitest';
import type { RotationStep } from '../../electron/vault/rotate-database-key';
import { call } from '../support/temp-vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';
import { vaultTest } from '../support/vault-fixture';
import { inspectAsFound } from './vault-access';

const STEPS: RotationStep[] = ['next-key-file', 'copy', 'closed', 'swapped'];

/**
 * The harness must find the key the way the app does. A kill after a rotation's swap left kap.db
 * under the new key while vault.json still held the old one, and the harness, reading vault.json
 * alone, reported a sound vault as unreadable (CI, seed 1504822502).
 */
describe('inspecting a vault as the kill left it', () => {
  for (const step of STEPS) {
    vaultTest(`opens the database found after a rotation stopped at "${step}", with the key file that fits it`, async ({ templateVault, vaultCopies }) => {
      const dir = vaultCopies.copy(templateVault.dir);
      let crashed: string | null = null;
      // Each step's writes are flushed before it returns, so the folder then is what a kill leaves.
      const core = vaultCopies.open(dir, {
        afterRotationStep: (reached) => {
          if (reached === step) crashed = vaultCopies.copy(dir);
        },
      });
      await call(core, 'vault.unlock', { passphrase: STRONG_PASSPHRASE });
      const shown = await call(core, 'vault.beginKeyRotation', { passphrase: STRONG_PASSPHRASE });
      await call(core, 'vault.confirmKeyRotation', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]! });
      expect(crashed).not.toBeNull();

      const opened = await inspectAsFound(crashed!, ['not the passphrase at all', STRONG_PASSPHRASE]);
      expect(opened.secret).toBe(STRONG_PASSPHRASE);
      expect(opened.asFound.integrity).toEqual(['ok']);
      expect(opened.asFound.userVersion).toBeGreaterThan(0);
    });
  }

  vaultTest('says so when no expected passphrase opens the vault', async ({ templateVault, vaultCopies }) => {
    await expect(inspectAsFound(vaultCopies.copy(templateVault.dir), ['a passphrase this vault never had'])).rejects.toThrow(/unwraps any/);
  });
});
