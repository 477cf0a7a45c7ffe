import { openEncryptedDatabase } from '../../db/open-database';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { databasePath, readVaultFile } from '../../electron/vault/vault-file';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withSeededVault } from './seeded-vault';

const CLIENTS = 1000;
const RUNS = 50;
const WARM_UP_RUNS = 2;

/** Opening the database once the key is known: cipher pragmas, keying, the sqlite_master check, WAL, migrations check, one read. */
export const rawOpenMeasurement: Measurement = {
  name: 'raw-open',
  run: () =>
    withSeededVault(CLIENTS, async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
      if (!key) throw new Error('The seeded vault did not open with its passphrase');
      const path = databasePath(vaultDir);
      const samples: number[] = [];
      try {
        const probe = openEncryptedDatabase(path, key);
        const { id } = probe.prepare<[], { id: string }>('SELECT id FROM clients ORDER BY rowid LIMIT 1 OFFSET 500').get()!;
        probe.close();

        for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
          const started = performance.now();
          const db = openEncryptedDatabase(path, key);
          const row = db.prepare('SELECT display_name FROM clients WHERE id = ?').get(id);
          const elapsed = performance.now() - started;
          db.close();
          if (!row) throw new Error('The first read found nothing');
          if (run >= WARM_UP_RUNS) samples.push(elapsed);
        }
      } finally {
        key.fill(0);
      }
      return [
        timingResult('open with the raw key + first read', 'ms', samples, { judged: ['p95'], max: 10 }, { runs: RUNS, warmUpRunsDiscarded: WARM_UP_RUNS }),
      ];
    }),
};
