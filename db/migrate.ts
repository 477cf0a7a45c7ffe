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

/** Runs each pending migration in its own transaction, bumping user_version with it. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.at(-1)?.version ?? 0;
  assertSchemaNotNewer(db, latest);
  for (const migration of migrations) {
    if (migration.version <= readSchemaVersion(db)) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return readSchemaVersion(db);
}
