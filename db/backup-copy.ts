import type Database from 'better-sqlite3-multiple-ciphers';
import { readSchemaVersion } from './migrate';
import { openEncryptedDatabaseReadOnly } from './open-database';

/** The tables whose row counts a backup's manifest records and its verification compares. */
export const COUNTED_TABLES = [
  'clients',
  'sessions',
  'session_events',
  'notes',
  'note_revisions',
  'note_addenda',
  'homework',
  'measures',
  'protocols',
  'prompts',
  'settings',
] as const;

export type RecordCounts = Record<string, number>;

/**
 * A consistent copy of the open database, encrypted with the same key and cipher: VACUUM INTO
 * on the open connection (docs/decisions/0011-backups-vacuum-into-verified.md; the online backup API refuses encrypted pairs,
 * and a raw copy of live WAL files is never consistent). The target must not exist.
 */
export function vacuumInto(db: Database.Database, targetPath: string): void {
  db.prepare('VACUUM INTO ?').run(targetPath);
}

function tableExists(db: Database.Database, table: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) !== undefined;
}

/** Rows per counted table; a table an older schema does not have yet is left out. */
export function countRecords(db: Database.Database): RecordCounts {
  const counts: RecordCounts = {};
  for (const table of COUNTED_TABLES) {
    if (!tableExists(db, table)) continue;
    const row = db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number };
    counts[table] = row.n;
  }
  return counts;
}

export interface BackupDatabaseReport {
  integrityOk: boolean;
  schemaVersion: number;
  counts: RecordCounts;
}

/**
 * Opens a backup copy read-only with the key and reports its integrity check, schema version
 * and counts. Throws DatabaseUnreadableError when the key does not open it.
 */
export function inspectBackupDatabase(path: string, key: Uint8Array, options: { nativeBinding?: string } = {}): BackupDatabaseReport {
  const db = openEncryptedDatabaseReadOnly(path, key, options);
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    const integrityOk = rows.length === 1 && rows[0]?.integrity_check === 'ok';
    return { integrityOk, schemaVersion: readSchemaVersion(db), counts: countRecords(db) };
  } finally {
    db.close();
  }
}
