import { join } from 'node:path';
import { silentLogger } from '../../electron/logger';
import { DEMO_PASSPHRASE } from '../seed/seed-options';
import { seedVault } from '../seed/seed-vault';
import { generateSyntheticClients } from '../seed/synthetic-clients';
import { withTempDir } from './temp-dir';

export interface SeededBenchVault {
  vaultDir: string;
  passphrase: string;
}

/** A locked vault of `clients` active synthetic clients in a temp folder, removed after `work`. */
export function withSeededVault<T>(clients: number, work: (vault: SeededBenchVault) => Promise<T>): Promise<T> {
  return withTempDir(async (dir) => {
    const vaultDir = join(dir, 'vault');
    const passphrase = DEMO_PASSPHRASE;
    await seedVault({ vaultDir, passphrase, clients: generateSyntheticClients({ count: clients, archived: 0, seed: 1 }), logger: silentLogger });
    return work({ vaultDir, passphrase });
  });
}
