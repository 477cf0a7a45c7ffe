import { chmodSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseUnreadableError } from './database-errors';
import { assertSchemaNotNewer, migrate, readSchemaVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';

export const DATABASE_KEY_BYTES = 32;

export interface OpenDatabaseOptions {
  /** Path to an ABI-specific build of the driver (the Electron build); Node's build otherwise. */
  nativeBinding?: string;
  /** Create the file if missing (vault creation); opening an existing vault requires it to exist. */
  create?: boolean;
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
  const db = new Database(path, {
    fileMustExist: !options.create,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    // Cipher pragmas before the key, outside any transaction.
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${Buffer.from(key.buffer, key.byteOffset, key.length).toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new DatabaseUnreadableError();
    }
    assertSchemaNotNewer(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('temp_store = MEMORY');
    const fromVersion = readSchemaVersion(db);
    if (fromVersion > 0 && fromVersion < LATEST_SCHEMA_VERSION) {
      beforeMigrationsByPath.get(resolve(path))?.({ db, key, fromVersion, toVersion: LATEST_SCHEMA_VERSION });
    }
    migrate(db);
    restrictFileModes(path);
    return db;
  } catch (error) {
    db.close();
    throw error;
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
  const db = new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    db.pragma(`key = "x'${Buffer.from(key.buffer, key.byteOffset, key.length).toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new DatabaseUnreadableError();
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
