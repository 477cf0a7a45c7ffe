import type Database from 'better-sqlite3-multiple-ciphers';
import { DatabaseTooNewError } from './database-errors';
import type { Migration } from './migrations/migration';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';

export function readSchemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database from a newer app before anything is written to it. */
export function assertSchemaNotNewer(db: Database.Database, latest = LATEST_SCHEMA_VERSION): void {
  const version = readSchemaVersion(db);
  if (version > latest) throw new DatabaseTooNewError(version, latest);
}

function runInTransaction(db: Database.Database, migration: Migration): void {
  db.transaction(() => {
    migration.up(db);
    if (migration.rebuildsTables) assertForeignKeysHold(db);
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

/** Runs each pending migration in its own transaction, bumping user_version with it. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  assertSchemaNotNewer(db, latest);
  for (const migration of migrations) {
    if (migration.version <= readSchemaVersion(db)) continue;
    if (migration.rebuildsTables) withForeignKeysOff(db, () => runInTransaction(db, migration));
    else runInTransaction(db, migration);
  }
  return readSchemaVersion(db);
}
