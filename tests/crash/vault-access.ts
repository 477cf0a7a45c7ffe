import { cpSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations/index';
import { isDatabaseKey, openEncryptedDatabase } from '../../db/open-database';
import type { RecordStore } from '../../db/record-store';
import { deriveWrappingKey, type KeyDerivation, unwrapDatabaseKey } from '../../electron/vault/key-wrapping';
import { databasePath, readKeyFileCandidates, readVaultFile } from '../../electron/vault/vault-file';
import { Vault } from '../../electron/vault/vault';
import { STRONG_PASSPHRASE } from '../support/passphrases';

export const CRASH_PASSPHRASE = STRONG_PASSPHRASE;

const derived = new Map<string, Buffer>();

/**
 * Argon2id, remembered per (secret, parameters) within this process. Every run copies the same
 * template vault, so the parent would otherwise spend a 64 MiB derivation per run on the same
 * answer. The child never uses this: it unlocks the way the app does.
 */
export const rememberedDerivation: KeyDerivation = async (secret, kdf) => {
  const id = JSON.stringify([secret, kdf]);
  let key = derived.get(id);
  if (!key) {
    key = await deriveWrappingKey(secret, kdf);
    derived.set(id, Buffer.from(key));
  }
  return Buffer.from(key);
};

/** The vault's database key, unwrapped with a passphrase (the test one by default). The caller wipes it. */
export async function unwrapKey(vaultDir: string, passphrase = CRASH_PASSPHRASE): Promise<Buffer> {
  const key = await unwrapDatabaseKey(readVaultFile(vaultDir).wraps.passphrase, passphrase, 'passphrase', rememberedDerivation);
  if (!key) throw new Error('the passphrase did not unwrap the vault key');
  return key;
}

export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export interface AsFound {
  /** PRAGMA integrity_check's rows: ['ok'] for a sound file. */
  integrity: string[];
  userVersion: number;
  schema: SchemaRow[];
}

/** The test-only way to run PRAGMA integrity_check on any connection (the RecordStore's `db` too). */
export function integrityCheck(db: Database.Database): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
}

/**
 * FTS5's own check that the search index matches its content table (search_documents): with
 * rank = 1 it compares against the external content too. Answers null when sound, the error
 * message otherwise. Only at schema 3 or later.
 */
export function searchIndexCheck(db: Database.Database): string | null {
  try {
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)").run();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function schemaOf(db: Database.Database): SchemaRow[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as SchemaRow[];
}

/** The schema migrations 1..version produce, on an empty in-memory database. */
export function referenceSchema(version: number): SchemaRow[] {
  const db = new Database(':memory:');
  try {
    migrate(db, MIGRATIONS.slice(0, version));
    return schemaOf(db);
  } finally {
    db.close();
  }
}

/** What the crashed folder held, and which of the expected passphrases opened it. */
export interface OpenedAsFound {
  asFound: AsFound;
  secret: string;
}

/**
 * Inspects a crashed vault before the app touches it: on a copy of the folder (database, WAL and
 * shared-memory file as the kill left them), opened without migrating, so the app's own reopen
 * still does the WAL recovery on the original. The key is found as the app finds it: each key
 * file present (vault.json, its mirror, a rotation's vault.next.json) with each expected
 * passphrase, until a key opens the database. A kill between a rotation's swap and its key-file
 * promotion leaves vault.json a generation behind kap.db, and only vault.next.json opens it.
 */
export async function inspectAsFound(vaultDir: string, passphrases: readonly string[] = [CRASH_PASSPHRASE]): Promise<OpenedAsFound> {
  const copy = `${vaultDir}.as-found`;
  cpSync(vaultDir, copy, { recursive: true });
  try {
    const { candidates } = readKeyFileCandidates(copy);
    if (candidates.length === 0) throw new Error('no readable key file is left in the vault folder');
    let unwrapped = false;
    for (const { file } of candidates) {
      for (const secret of passphrases) {
        const key = await unwrapDatabaseKey(file.wraps.passphrase, secret, 'passphrase', rememberedDerivation);
        if (!key) continue;
        unwrapped = true;
        try {
          // A wrong key reads nothing, so trying it leaves the copy as it was.
          if (!isDatabaseKey(databasePath(copy), key)) continue;
          return { asFound: readAsFound(databasePath(copy), key), secret };
        } finally {
          key.fill(0);
        }
      }
    }
    throw new Error(
      unwrapped
        ? `no key that the ${passphrases.length} expected passphrase(s) unwrap from the ${candidates.length} key file(s) opens the database`
        : `none of the ${passphrases.length} expected passphrases unwraps any of the ${candidates.length} key file(s)`,
    );
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

function readAsFound(path: string, key: Uint8Array): AsFound {
  const db = openEncryptedDatabase(path, key, { migrations: 'none' });
  try {
    return { integrity: integrityCheck(db), userVersion: db.pragma('user_version', { simple: true }) as number, schema: schemaOf(db) };
  } finally {
    db.close();
  }
}

/** Reopens the vault the way the app does after a crash: Vault.unlock (WAL recovery, pending migrations, defaults). */
export async function reopenAsTheApp(vaultDir: string, passphrase = CRASH_PASSPHRASE): Promise<{ store: RecordStore; close: () => void }> {
  const vault = new Vault({ vaultDir, deriveKey: rememberedDerivation });
  await vault.unlock(passphrase);
  return { store: vault.records(), close: () => vault.lock() };
}

/** Opens a database file at an older schema: only migrations 1..version run. */
export function openAtVersion(vaultDir: string, key: Uint8Array, version: number, create = false): Database.Database {
  return openEncryptedDatabase(databasePath(vaultDir), key, { create, migrations: MIGRATIONS.slice(0, version) });
}
