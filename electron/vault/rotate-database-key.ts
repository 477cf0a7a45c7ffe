import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeRekeyedCopy } from '../../db/rekey-copy';
import type { RecordStore } from '../../db/record-store';
import { databasePath, fsyncDirectory, VAULT_NEXT_FILE_NAME, type VaultFile, writeVaultFile, writeVaultFiles } from './vault-file';
import { NEW_DATABASE_SUFFIX } from './vault-generations';

export type RotationStep = 'next-key-file' | 'copy' | 'closed' | 'swapped';

export interface KeyRotation {
  vaultDir: string;
  store: RecordStore;
  oldKey: Uint8Array;
  newKey: Uint8Array;
  /** The new generation's key file: both wraps under the new key, sealed with it. */
  nextKeyFile: VaultFile;
  nativeBinding?: string;
  /** Test seam: called between the steps, so a test can stop the rotation at each one. */
  afterStep?: (step: RotationStep) => void;
}

/**
 * Re-encrypts the vault under a new key, closing `store` on the way. Every step leaves a vault
 * that one generation of key files opens whole (unlock tries vault.json, its mirror, then
 * vault.next.json, and settles on the one whose key opens kap.db):
 * 1. vault.next.json (the new generation) is written beside the current key files;
 * 2. a re-encrypted copy is written as kap.db.new (the live file is untouched);
 * 3. the store is closed (its WAL checkpointed into kap.db);
 * 4. kap.db.new is renamed over kap.db: from here only the new generation opens it;
 * 5. vault.json and its mirror become the new generation, and vault.next.json goes.
 * Synchronous from step 2 on, so nothing can write to the database between the copy and the swap.
 */
export function rotateDatabaseKey(rotation: KeyRotation): void {
  const { vaultDir, nativeBinding, afterStep } = rotation;
  const path = databasePath(vaultDir);
  const copy = `${path}${NEW_DATABASE_SUFFIX}`;
  writeVaultFile(vaultDir, rotation.nextKeyFile, VAULT_NEXT_FILE_NAME);
  afterStep?.('next-key-file');
  writeRekeyedCopy(rotation.store.db, copy, { oldKey: rotation.oldKey, newKey: rotation.newKey }, nativeBinding);
  afterStep?.('copy');
  rotation.store.close();
  // The checkpoint left an empty WAL; its index belongs to the old file and must not meet the new one.
  for (const sibling of [`${path}-wal`, `${path}-shm`]) {
    if (existsSync(sibling)) rmSync(sibling);
  }
  afterStep?.('closed');
  renameSync(copy, path);
  fsyncDirectory(vaultDir);
  afterStep?.('swapped');
  writeVaultFiles(vaultDir, rotation.nextKeyFile);
  rmSync(join(vaultDir, VAULT_NEXT_FILE_NAME), { force: true });
  fsyncDirectory(vaultDir);
}
