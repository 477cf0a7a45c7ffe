import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createAppCore } from '../../electron/app-core';
import { verifyBackupFolder } from '../../electron/handlers/backups/backup-folder';
import { silentLogger } from '../../electron/logger';
import { oneFolderPlatform } from '../../electron/platform';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { readVaultFile } from '../../electron/vault/vault-file';
import { createCoreClient } from '../../electron/core-client';
import { type Measurement, type MetricResult, timingResult } from './bench-result';
import { SEARCH_CORPUS, withNotesSearchVault } from './notes-search-vault';

const RUNS = 5;
const WARM_UP_RUNS = 1;
const ROTATIONS = 3;

/**
 * Backups of the search bench's vault (1,000 clients, 100,000 notes) through `dispatch()`:
 * `backups.runNow` end to end (VACUUM INTO, hashes, manifest, verification, rename, rotation), and
 * the longest the main thread's event loop stalled meanwhile (the copy and verification run in a worker);
 * `cp` of the same bytes for context, and the ratio; verification alone (hashes, HMAC, read-only
 * open, integrity_check, counts); and a database key rotation (two Argon2id derivations, a
 * re-encrypted copy, the swap and the key files), which reads and writes the same bytes.
 */
export const backupMeasurement: Measurement = {
  name: 'backup',
  run: () =>
    withNotesSearchVault(async ({ vaultDir, passphrase }): Promise<MetricResult[]> => {
      const backupDir = join(vaultDir, '..', 'backups');
      const copyDir = join(vaultDir, '..', 'copies');
      mkdirSync(backupDir);
      mkdirSync(copyDir);
      let clock = Date.parse('2026-12-02T07:00:00Z');
      const core = createAppCore({ vaultDir, logger: silentLogger, platform: oneFolderPlatform(backupDir), now: () => clock });
      const { call } = createCoreClient(core);
      const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
      if (!key) throw new Error('The bench passphrase did not unwrap the key');
      const backupSamples: number[] = [];
      const stallSamples: number[] = [];
      const copySamples: number[] = [];
      const ratioSamples: number[] = [];
      const verifySamples: number[] = [];
      const rotationSamples: number[] = [];
      let bytes = 0;
      try {
        await call('vault.unlock', { passphrase });
        await call('backups.chooseFolder', {});
        for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
          clock += 1000;
          // The longest the main thread went without turning its event loop (no IPC answered) during the backup.
          const stalls = monitorEventLoopDelay({ resolution: 10 });
          stalls.enable();
          const started = performance.now();
          const { name } = await call('backups.runNow', {});
          const backupMs = performance.now() - started;
          stalls.disable();
          const backupDb = join(backupDir, name, 'kap.db');
          bytes = statSync(backupDb).size;
          const target = join(copyDir, `copy-${run}.db`);
          const copyStarted = performance.now();
          copyFileSync(backupDb, target);
          const copyMs = performance.now() - copyStarted;
          rmSync(target);
          const verifyStarted = performance.now();
          verifyBackupFolder(join(backupDir, name), key);
          const verifyMs = performance.now() - verifyStarted;
          if (run < WARM_UP_RUNS) continue;
          backupSamples.push(backupMs);
          stallSamples.push(stalls.max / 1e6);
          copySamples.push(copyMs);
          ratioSamples.push(backupMs / copyMs);
          verifySamples.push(verifyMs);
        }
        for (let run = 0; run < ROTATIONS; run++) {
          const started = performance.now();
          const shown = await call('vault.beginKeyRotation', { passphrase });
          await call('vault.confirmKeyRotation', { group: shown.recoveryCode.split('-')[shown.confirmGroup - 1]! });
          rotationSamples.push(performance.now() - started);
        }
      } finally {
        key.fill(0);
        await core.close();
      }
      const size = `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      const details = { runs: RUNS, warmUpRunsDiscarded: WARM_UP_RUNS, clients: SEARCH_CORPUS.clients, notes: SEARCH_CORPUS.notes, bytes };
      const vaultSize = `${SEARCH_CORPUS.clients.toLocaleString('en-US')} clients, ${SEARCH_CORPUS.notes.toLocaleString('en-US')} notes, ${size}`;
      return [
        timingResult(`backup: backups.runNow (${vaultSize}), written + verified + rotated`, 'ms', backupSamples, null, details),
        timingResult('backup: longest main-thread stall during backups.runNow (event-loop delay)', 'ms', stallSamples, null, details),
        timingResult(`backup: cp of the same ${size} (context)`, 'ms', copySamples, null, details),
        timingResult('backup: backups.runNow / cp of the same bytes', 'x', ratioSamples, null, details),
        timingResult(`backup: verification alone (${size})`, 'ms', verifySamples, null, details),
        timingResult(`key rotation: begin + confirm (${vaultSize})`, 'ms', rotationSamples, null, { ...details, runs: ROTATIONS, warmUpRunsDiscarded: 0 }),
      ];
    }),
};
