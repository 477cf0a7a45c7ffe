import { randomUUID } from 'node:crypto';
import { createAppCore } from '../../electron/app-core';
import { createCoreClient } from '../../electron/core-client';
import { type Logger, stderrLogger } from '../../electron/logger';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { databasePath, readVaultFile } from '../../electron/vault/vault-file';
import { RecordStore } from '../../db/record-store';
import { assertNewVaultFolder } from './new-vault-folder';
import type { SyntheticClient } from './synthetic-clients';
import { writeSyntheticClients } from './write-clients';

export interface SeedVaultOptions {
  vaultDir: string;
  passphrase: string;
  clients: readonly SyntheticClient[];
  logger?: Logger;
}

export interface SeededVault {
  recoveryCode: string;
  /** Counted back through dispatch() after a fresh unlock, not taken from the input. */
  activeClients: number;
  archivedClients: number;
  timingsMs: { createVault: number; writeClients: number; checkByUnlocking: number };
}

/**
 * Creates a new vault through the real dispatch() (vault.create, then confirmCreate with the
 * group it asks for), writes the clients in one transaction with the unwrapped key, then unlocks
 * through dispatch() again and counts them, which proves the vault opens with the passphrase.
 */
export async function seedVault(options: SeedVaultOptions): Promise<SeededVault> {
  const { vaultDir, passphrase } = options;
  const logger = options.logger ?? stderrLogger;
  assertNewVaultFolder(vaultDir);

  let started = performance.now();
  const creator = createAppCore({ vaultDir, logger });
  let recoveryCode: string;
  try {
    const { call } = createCoreClient(creator);
    const shown = await call('vault.create', { passphrase });
    recoveryCode = shown.recoveryCode;
    await call('vault.confirmCreate', { group: recoveryCode.split('-')[shown.confirmGroup - 1]! });
  } finally {
    await creator.close();
  }
  const createVault = performance.now() - started;

  started = performance.now();
  await writeWithPassphrase(vaultDir, passphrase, options.clients);
  const writeClients = performance.now() - started;

  started = performance.now();
  const checker = createAppCore({ vaultDir, logger });
  try {
    const { call } = createCoreClient(checker);
    await call('vault.unlock', { passphrase });
    const active = await call('clients.list', {});
    const archived = await call('clients.list', { archived: true });
    return {
      recoveryCode,
      activeClients: active.clients.length,
      archivedClients: archived.clients.length,
      timingsMs: { createVault, writeClients, checkByUnlocking: performance.now() - started },
    };
  } finally {
    await checker.close();
  }
}

async function writeWithPassphrase(vaultDir: string, passphrase: string, clients: readonly SyntheticClient[]): Promise<void> {
  const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
  if (!key) throw new Error('The new vault did not open with its own passphrase.');
  try {
    const store = RecordStore.open(databasePath(vaultDir), key);
    try {
      writeSyntheticClients(store.db, clients, { now: Date.now(), newId: randomUUID });
    } finally {
      store.close();
    }
  } finally {
    key.fill(0);
  }
}
