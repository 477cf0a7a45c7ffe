import sqlcipher from '@journeyapps/sqlcipher';
import { describe, expect } from 'vitest';
import { databasePath } from '../../electron/vault/vault-file';
import { vaultKey } from '../support/raw-database';
import { call } from '../support/temp-vault';
import { vaultTest } from '../support/vault-fixture';

/**
 * Stock SQLCipher (Zetetic's community edition, built from source by @journeyapps/sqlcipher)
 * opening the file the app wrote. The app's driver is SQLite3 Multiple Ciphers emulating
 * SQLCipher 4; this proves the emulation is the real format, not just a setting we read back.
 */
function openWithStockSqlcipher(path: string): Promise<sqlcipher.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlcipher.Database(path, sqlcipher.OPEN_READONLY, (error) => (error ? reject(error) : resolve(db)));
  });
}

function run(db: sqlcipher.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, (error) => (error ? reject(error) : resolve())));
}

function all(db: sqlcipher.Database, sql: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => db.all(sql, (error, rows) => (error ? reject(error) : resolve(rows))));
}

function close(db: sqlcipher.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

/** Opens the vault's database with stock SQLCipher, the raw key and `pragmas`, and reads every client's name. */
async function readClientNames(vaultDir: string, key: Buffer, pragmas: readonly string[] = []): Promise<unknown[]> {
  const db = await openWithStockSqlcipher(databasePath(vaultDir));
  try {
    await run(db, `PRAGMA key = "x'${key.toString('hex')}'"`);
    for (const pragma of pragmas) await run(db, pragma);
    return await all(db, 'SELECT display_name FROM clients');
  } finally {
    await close(db);
  }
}

describe('the database file is SQLCipher 4', () => {
  vaultTest('stock SQLCipher 4 reads what the app wrote, with the raw key and its own defaults', async ({ vault }) => {
    await call(vault.core, 'clients.create', { displayName: 'Read By Stock SQLCipher' });
    vault.core.lock('user');
    const key = await vaultKey(vault.dir);
    try {
      expect(await readClientNames(vault.dir, key)).toEqual([{ display_name: 'Read By Stock SQLCipher' }]);
      // SQLCipher 3's settings (1 KiB pages, SHA-1) do not read it: the format is 4's, not one SQLCipher merely tolerates.
      await expect(readClientNames(vault.dir, key, ['PRAGMA cipher_log_level = NONE', 'PRAGMA cipher_compatibility = 3'])).rejects.toThrow(/SQLITE_NOTADB/);
    } finally {
      key.fill(0);
    }
  });

  vaultTest('every connection the app opens runs with the intended cipher, durability and hygiene settings', async ({ vault, openRaw }) => {
    await call(vault.core, 'clients.create', { displayName: 'Live Connection' });
    const db = await openRaw();
    expect(db.prepare('SELECT display_name FROM clients').all()).toEqual([{ display_name: 'Live Connection' }]);
    // Temporary tables and sort spills in memory, never unencrypted on disk.
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    // FULL: a committed note survives a power cut.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // Deleted content is overwritten, not left in free pages.
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    // SQLite3 Multiple Ciphers reports its cipher scheme and settings as name/value rows.
    expect(db.pragma('cipher')).toEqual([{ sqlcipher: 'sqlcipher' }]);
    expect(db.pragma('legacy')).toEqual([{ 4: '4' }]);
    expect(db.pragma('legacy_page_size')).toEqual([{ 4096: '4096' }]);
    // 2 is SHA-512 for both, SQLCipher 4's defaults.
    expect(db.pragma('hmac_algorithm')).toEqual([{ 2: '2' }]);
    expect(db.pragma('kdf_algorithm')).toEqual([{ 2: '2' }]);
    expect(db.pragma('hmac_use')).toEqual([{ 1: '1' }]);
  });
});
