import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import type { Migration } from '../../db/migrations/migration';
import { openEncryptedDatabase, openEncryptedDatabaseReadOnly } from '../../db/open-database';
import { unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { databasePath, readVaultFile } from '../../electron/vault/vault-file';
import { STRONG_PASSPHRASE } from './passphrases';

/**
 * The one raw-database helper of the tests: SQL that bypasses every handler, to plant what the
 * app would never write, read what it hides, or build a database an older app left behind.
 */

/** The vault's database key, unwrapped from vault.json with a passphrase (the test one by default). The caller wipes it. */
export async function vaultKey(vaultDir: string, passphrase = STRONG_PASSPHRASE): Promise<Buffer> {
  const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase');
  if (!key) throw new Error('the passphrase did not unwrap the vault key');
  return key;
}

export interface RawDatabaseOptions {
  /** The database key; otherwise unwrapped from the folder's vault.json with `passphrase`. */
  key?: Uint8Array;
  /** The passphrase that unwraps the key (the test one by default). */
  passphrase?: string;
  /** Opens it read-only: no journal change, no migration, nothing written. */
  readonly?: boolean;
  /** Creates the file (no vault.json needed when `key` is given): a database an older app wrote. */
  create?: boolean;
  /** Only these migrations run (a prefix of MIGRATIONS builds an older schema); all of them by default. */
  migrations?: readonly Migration[];
}

/**
 * A second, raw connection to a vault's database (kap.db in `vaultDir`), opened the way the app
 * opens it (db/open-database.ts) with the key. The caller closes it; lock the core first when
 * the test writes through it.
 */
export async function openRawDatabase(vaultDir: string, options: RawDatabaseOptions = {}): Promise<Database.Database> {
  const key = options.key ?? (await vaultKey(vaultDir, options.passphrase));
  try {
    const path = databasePath(vaultDir);
    if (options.readonly) return openEncryptedDatabaseReadOnly(path, key);
    return openEncryptedDatabase(path, key, { create: options.create ?? false, ...(options.migrations ? { migrations: options.migrations } : {}) });
  } finally {
    if (!options.key) key.fill(0);
  }
}

/** An unencrypted in-memory database with these migrations run (all by default): the schema without a vault. */
export function openMigratedMemoryDatabase(migrations: readonly Migration[] = MIGRATIONS, { foreignKeys = true } = {}): Database.Database {
  const db = new Database(':memory:');
  try {
    if (foreignKeys) db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
