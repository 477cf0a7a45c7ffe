import { chmodSync, existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseEmptyError, DatabaseTruncatedError, DatabaseUnreadableError } from './database-errors';
import { assertSchemaNotNewer, migrate, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import type { Migration } from './migrations/migration';

export const DATABASE_KEY_BYTES = 32;

export interface OpenDatabaseOptions {
  /** Path to an ABI-specific build of the driver (the Electron build); Node's build otherwise. */
  nativeBinding?: string;
  /** Create the file if missing (vault creation); opening an existing vault requires it to exist. */
  create?: boolean;
  /**
   * Tests and tools only; the app always runs every migration. A prefix of MIGRATIONS builds a
   * database at an older schema version; 'none' opens the file as found (to inspect it after a
   * crash) without writing a schema change.
   */
  migrations?: readonly Migration[] | 'none';
}

/** An existing database is about to be migrated: open and keyed, nothing written yet. */
export interface MigrationsAboutToRun {
  db: Database.Database;
  key: Uint8Array;
  fromVersion: number;
  toVersion: number;
}

const beforeMigrationsByPath = new Map<string, (about: MigrationsAboutToRun) => void>();

/**
 * Runs `hook` (synchronously) each time the database at `path` is opened with migrations to run,
 * before the first one: the app backs the vault up there. Throwing refuses the open, and nothing is
 * migrated. Keyed by path so that the vault's own opening code needs no knowledge of backups.
 * Returns the function that removes the hook.
 */
export function beforeMigrations(path: string, hook: (about: MigrationsAboutToRun) => void): () => void {
  const key = resolve(path);
  beforeMigrationsByPath.set(key, hook);
  return () => {
    if (beforeMigrationsByPath.get(key) === hook) beforeMigrationsByPath.delete(key);
  };
}

/**
 * The one place that opens and keys the database. SQLCipher 4 format keyed with a raw 256-bit
 * key, so SQLite's own PBKDF2 does not run on every open; the key buffer stays the caller's to wipe.
 */
export function openEncryptedDatabase(path: string, key: Uint8Array, options: OpenDatabaseOptions = {}): Database.Database {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error('The database key must be 32 bytes');
  // SQLite opens a zero-byte file as a new, empty database; an existing vault's never is one.
  if (!options.create && existsSync(path) && statSync(path).size === 0) throw new DatabaseEmptyError();
  const db = openKeyedDatabase(path, key, options);
  try {
    if (!options.create) assertNotTruncated(db, path);
    const tables = readTableCount(db);
    if (!options.create && tables === 0) throw new DatabaseEmptyError();
    assertSchemaNotNewer(db);
    applyConnectionPragmas(db);
    if (options.migrations !== 'none') {
      const fromVersion = readSchemaVersion(db);
      if (options.migrations === undefined && fromVersion > 0 && fromVersion < LATEST_SCHEMA_VERSION) {
        beforeMigrationsByPath.get(resolve(path))?.({ db, key, fromVersion, toVersion: LATEST_SCHEMA_VERSION });
      }
      migrate(db, options.migrations);
    }
    restrictFileModes(path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Durability and integrity settings every connection to a vault runs with, after keying. */
function applyConnectionPragmas(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Temporary tables and sort spills stay in memory: never unencrypted on disk.
  db.pragma('temp_store = MEMORY');
  // Deleted rows are overwritten with zeros (the driver's build default today; said here so it cannot silently change).
  db.pragma('secure_delete = ON');
}

/**
 * The bench's yardstick only: a plain (unencrypted) SQLite file with the same driver, pragmas and
 * schema as a vault, so that encrypted and plain work can be compared. Never used for records.
 */
export function openPlainDatabaseForComparison(path: string): Database.Database {
  const db = new Database(path);
  applyConnectionPragmas(db);
  migrate(db);
  return db;
}

/** Opens and keys a database file, and nothing more: no check, no pragma, no migration. Callers close it. */
export function openKeyedDatabase(path: string, key: Uint8Array, options: OpenDatabaseOptions & { readonly?: boolean }): Database.Database {
  const db = new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // Cipher pragmas before the key, outside any transaction.
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${Buffer.from(key.buffer, key.byteOffset, key.length).toString('hex')}'"`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** SQLCipher answers NOTADB when page 1 does not decrypt: a wrong key, or a file that is no database. */
function isNotThisKey(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}

/** Page 1 decrypts only with the right key; anything else (a corrupt schema page) is damage, and rethrown as it is. */
function readWithKey<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw isNotThisKey(error) ? new DatabaseUnreadableError() : error;
  }
}

function readTableCount(db: Database.Database): number {
  return readWithKey(() => (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n);
}

/**
 * The file must hold every page its header counts; a shorter file was cut off, and would otherwise
 * surface later as a corrupt page in whichever read touched the end. SQLite itself answers CORRUPT
 * on the first read when the header counts more pages than the file has.
 */
function assertNotTruncated(db: Database.Database, path: string): void {
  let pages: number;
  let pageSize: number;
  try {
    pages = readWithKey(() => db.pragma('page_count', { simple: true }) as number);
    pageSize = db.pragma('page_size', { simple: true }) as number;
  } catch (error) {
    if (error instanceof Error && String((error as { code?: unknown }).code).startsWith('SQLITE_CORRUPT')) throw new DatabaseTruncatedError();
    throw error;
  }
  const wal = `${path}-wal`;
  const walHoldsPages = existsSync(wal) && statSync(wal).size > 0;
  if (!walHoldsPages && statSync(path).size < pages * pageSize) throw new DatabaseTruncatedError();
}

/**
 * Whether `key` is this database's key, without migrating or writing anything: true when page 1
 * decrypts, even if a later page is damaged (opening then says exactly what is wrong).
 */
export function isDatabaseKey(path: string, key: Uint8Array, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): boolean {
  let db: Database.Database | null = null;
  try {
    db = openKeyedDatabase(path, key, options);
    db.pragma('page_count', { simple: true });
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch (error) {
    return !isNotThisKey(error);
  } finally {
    db?.close();
  }
}

/** The database and its WAL/SHM siblings are readable by the therapist's account only. */
export function restrictFileModes(path: string): void {
  if (process.platform === 'win32') return;
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/**
 * Opens a copy of the database (a backup) read-only with the key: no journal change, no
 * migration, nothing written. For verifying a backup and reading its counts before a restore.
 */
export function openEncryptedDatabaseReadOnly(path: string, key: Uint8Array, options: Pick<OpenDatabaseOptions, 'nativeBinding'> = {}): Database.Database {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error('The database key must be 32 bytes');
  const db = openKeyedDatabase(path, key, { ...options, readonly: true });
  try {
    readTableCount(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
