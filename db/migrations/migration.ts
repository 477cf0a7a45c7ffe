import type Database from 'better-sqlite3-multiple-ciphers';

/** A numbered, forward-only schema step. `version` is what PRAGMA user_version becomes after it. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}
