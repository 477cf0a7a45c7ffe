import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../electron/logger';
import { VaultFolderRefusedError } from '../../../../tools/seed/new-vault-folder';
import { DEMO_PASSPHRASE } from '../../../../tools/seed/seed-options';
import { seedVault } from '../../../../tools/seed/seed-vault';
import { generateSyntheticClients } from '../../../../tools/seed/synthetic-clients';
import { makeTempDir, removeDir } from '../../../support/temp-vault';

describe('seedVault', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('kap-seed-test-');
  });
  afterEach(() => removeDir(dir));

  it('creates a vault that unlocks with the passphrase and holds the clients', async () => {
    const vaultDir = join(dir, 'new-vault');
    const clients = generateSyntheticClients({ count: 120, archived: 20, seed: 1 });
    const seeded = await seedVault({ vaultDir, passphrase: DEMO_PASSPHRASE, clients, logger: silentLogger });
    expect(seeded.recoveryCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
    expect(seeded).toMatchObject({ activeClients: 100, archivedClients: 20 });
  });

  it('refuses a folder that already holds a vault, or anything else', async () => {
    const clients = generateSyntheticClients({ count: 1, archived: 0, seed: 1 });
    const seed = (vaultDir: string) => seedVault({ vaultDir, passphrase: DEMO_PASSPHRASE, clients, logger: silentLogger });

    writeFileSync(join(dir, 'vault.json'), '{}');
    await expect(seed(dir)).rejects.toThrow(/already holds a vault/);

    const notEmpty = join(dir, 'not-empty');
    mkdirSync(notEmpty);
    writeFileSync(join(notEmpty, 'notes.txt'), 'keep me');
    await expect(seed(notEmpty)).rejects.toThrow(VaultFolderRefusedError);
  });
});
