import type Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseTooNewError } from './database-errors';
import type { Migration } from './migrations/migration';
import { rebuildSearchIndex } from './search-rebuild';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database from a newer app before anything is written to it. */
export function assertSchemaNotNewer(db: Database.Database, latest = LATEST_SCHEMA_VERSION): void {
  const version = readSchemaVersion(db);
  if (version > latest) throw new DatabaseTooNewError(version, latest);
}

// Bookkeeping beside user_version: derived data to write again once the schema is today's.
const PENDING_REBUILDS = 'CREATE TABLE IF NOT EXISTS pending_rebuilds (name TEXT PRIMARY KEY) STRICT, WITHOUT ROWID';

function runInTransaction(db: Database.Database, migration: Migration): void {
  db.transaction(() => {
    migration.up(db);
    if (migration.rebuildsTables) assertForeignKeysHold(db);
    if (migration.rebuildsSearch) {
      db.exec(PENDING_REBUILDS);
      db.prepare("INSERT OR IGNORE INTO pending_rebuilds (name) VALUES ('search')").run();
    }
    db.pragma(`user_version = ${migration.version}`);
  })();
}

/** SQLite's table rebuild: foreign keys cannot be switched inside a transaction, so off around it and back as they were. */
function withForeignKeysOff(db: Database.Database, run: () => void): void {
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    run();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
}

/** A rebuild must leave every reference pointing at a row: checked before the migration commits. */
function assertForeignKeysHold(db: Database.Database): void {
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('a table rebuild left rows pointing at nothing');
}

/**
 * Writes again what a migration asked to have rebuilt. Today's code writes it, so only on today's
 * schema: a database migrated part of the way (a test's partial chain) keeps the request.
 */
function finishPendingRebuilds(db: Database.Database): void {
  if (readSchemaVersion(db) !== LATEST_SCHEMA_VERSION) return;
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'pending_rebuilds'").get();
  if (!hasTable) return;
  db.transaction(() => {
    if (db.prepare("DELETE FROM pending_rebuilds WHERE name = 'search'").run().changes > 0) rebuildSearchIndex(db);
  })();
}

/** Runs each pending migration in its own transaction, bumping user_version with it; then any rebuild they asked for. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  assertSchemaNotNewer(db, latest);
  for (const migration of migrations) {
    if (migration.version <= readSchemaVersion(db)) continue;
    if (migration.rebuildsTables) withForeignKeysOff(db, () => runInTransaction(db, migration));
    else runInTransaction(db, migration);
  }
  finishPendingRebuilds(db);
  return readSchemaVersion(db);
}
