import type Database from 'better-sqlite3-multiple-ciphers';

/** A numbered, forward-only schema step. `version` is what PRAGMA user_version becomes after it. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
  /**
   * Set when `up` rebuilds a table others reference (SQLite's way to change a CHECK): foreign keys
   * are off while it runs and checked as a whole before it commits.
   */
  rebuildsTables?: boolean;
  /**
   * Set when what the search index holds changes. Every entry is then written again by today's code,
   * so only once the schema is today's (after the last pending migration); the need is recorded in
   * the same transaction as the migration, so a crash in between cannot skip it (db/migrate.ts).
   */
  rebuildsSearch?: boolean;
}
