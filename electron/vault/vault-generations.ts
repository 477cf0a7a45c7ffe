import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath, fsyncDirectory, VAULT_NEXT_FILE_NAME } from './vault-file';

/** A database being built beside kap.db: by a creation before its key files exist, or a key rotation before the swap. */
export const NEW_DATABASE_SUFFIX = '.new';

/**
 * Finishes or clears what a creation or a key rotation left when it stopped between steps.
 * - No kap.db, but kap.db.new beside key files: a creation wrote its key files and stopped before
 *   renaming its database into place; rename it now.
 * - Once a key file has opened the vault (`keyFileSettled`): a rotation's leftovers are stale
 *   (the next generation was promoted, or the swap never happened); remove them.
 */
export function settleUnfinishedVaultWrites(vaultDir: string, options: { keyFileSettled?: boolean } = {}): void {
  const path = databasePath(vaultDir);
  const building = `${path}${NEW_DATABASE_SUFFIX}`;
  if (!existsSync(path) && existsSync(building)) {
    renameSync(building, path);
    fsyncDirectory(vaultDir);
    return;
  }
  if (!options.keyFileSettled) return;
  let removed = false;
  for (const stale of [join(vaultDir, VAULT_NEXT_FILE_NAME), building, `${building}-journal`]) {
    if (!existsSync(stale)) continue;
    rmSync(stale, { force: true });
    removed = true;
  }
  if (removed) fsyncDirectory(vaultDir);
}
