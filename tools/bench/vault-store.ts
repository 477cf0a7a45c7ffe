import { RecordStore } from '../../db/record-store';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { databasePath, readVaultFile } from '../../electron/vault/vault-file';

/** The vault's database key, unwrapped from the passphrase, for `work`; zeroed after. */
export async function withVaultKey<T>(vaultDir: string, passphrase: string, work: (key: Buffer) => T | Promise<T>): Promise<T> {
  const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
  if (!key) throw new Error('The vault did not open with its passphrase');
  try {
    return await work(key);
  } finally {
    key.fill(0);
  }
}

/**
 * The vault's database opened directly with the key unwrapped from the passphrase, as the seed
 * tool writes clients: for bulk writes in big transactions and for counting rows the bench does
 * not time. Closed (WAL checkpointed) after `work`; the key buffer is zeroed.
 */
export async function withVaultStore<T>(vaultDir: string, passphrase: string, work: (store: RecordStore) => T | Promise<T>): Promise<T> {
  return withVaultKey(vaultDir, passphrase, async (key) => {
    const store = RecordStore.open(databasePath(vaultDir), key);
    try {
      return await work(store);
    } finally {
      store.close();
    }
  });
}
