import { existsSync, readdirSync, statSync } from 'node:fs';
import { VAULT_FILE_NAME, vaultFilePath } from '../../electron/vault/vault-file';

/** The folder cannot take a new vault; the message says why, for the person at the terminal. */
export class VaultFolderRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultFolderRefusedError';
  }
}

/** Seeding only ever creates a vault: it must never add synthetic clients to a real one. */
export function assertNewVaultFolder(vaultDir: string): void {
  if (!existsSync(vaultDir)) return;
  if (!statSync(vaultDir).isDirectory()) throw new VaultFolderRefusedError(`${vaultDir} is a file, not a folder.`);
  if (existsSync(vaultFilePath(vaultDir))) {
    throw new VaultFolderRefusedError(
      `${vaultDir} already holds a vault (${VAULT_FILE_NAME}). The seed tool only creates new vaults; give it an empty or new folder.`,
    );
  }
  if (readdirSync(vaultDir).length > 0) {
    throw new VaultFolderRefusedError(`${vaultDir} is not empty. Give the seed tool an empty or new folder.`);
  }
}
