import type { Migration } from './migration';

export const migration001: Migration = {
  version: 1,
  name: 'clients and settings',
  up(db) {
    db.exec(`
      CREATE TABLE clients (
        id             TEXT PRIMARY KEY,
        display_name   TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        preferred_name TEXT CHECK (preferred_name IS NULL OR length(preferred_name) <= 200),
        pronouns       TEXT CHECK (pronouns IS NULL OR length(pronouns) <= 60),
        date_of_birth  TEXT CHECK (date_of_birth IS NULL OR date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        about          TEXT CHECK (about IS NULL OR length(about) <= 2000),
        search_text    TEXT NOT NULL,
        archived_at    INTEGER,
        created_at     INTEGER NOT NULL,
        updated_at     INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX clients_by_status_and_name ON clients (archived_at IS NOT NULL, display_name COLLATE NOCASE);

      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
