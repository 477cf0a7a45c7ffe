import { createAppCore } from '../../electron/app-core';
import { silentLogger } from '../../electron/logger';
import { readVaultFile } from '../../electron/vault/vault-file';
import { createCoreClient } from '../../electron/core-client';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { withSeededVault } from './seeded-vault';

const CLIENTS = 1000;
const RUNS = 25;
/** The first Argon2id run also pays for allocating its 64 MiB; an app pays that once per launch, not per unlock. */
const WARM_UP_RUNS = 1;

/** What the therapist waits for after pressing Unlock: Argon2id, keying and opening the database, and the client list. */
export const unlockMeasurement: Measurement = {
  name: 'unlock',
  run: () =>
    withSeededVault(CLIENTS, async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const core = createAppCore({ vaultDir, logger: silentLogger });
      const { call } = createCoreClient(core);
      const unlockSamples: number[] = [];
      try {
        for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
          const started = performance.now();
          await call('vault.unlock', { passphrase });
          const { clients } = await call('clients.list', {});
          const elapsed = performance.now() - started;
          core.lock('user');
          if (clients.length !== CLIENTS) throw new Error(`clients.list answered ${clients.length} clients, expected ${CLIENTS}`);
          if (run >= WARM_UP_RUNS) unlockSamples.push(elapsed);
        }
      } finally {
        await core.close();
      }

      return [
        timingResult(
          `unlock: Argon2id + open + clients.list (${CLIENTS.toLocaleString('en-US')})`,
          'ms',
          unlockSamples,
          { judged: ['p95'], max: 400 },
          {
            runs: RUNS,
            warmUpRunsDiscarded: WARM_UP_RUNS,
            lockedBetweenRuns: true,
            kdf: readVaultFile(vaultDir).wraps.passphrase.kdf,
          },
        ),
      ];
    }),
};
