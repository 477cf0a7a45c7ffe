import type { Migration } from './migration';

/**
 * The records whose search entry is behind their content: a draft note saved, or a session whose
 * timeline gained words, since its entry was last written. Autosave and timeline logging mark the
 * record here in their own transaction (one small row) instead of re-indexing it, and the entry is
 * caught up before any search reads the index and whenever the vault opens (decision 0061).
 * `changed_at` is when the indexed text last changed: the entry's date once written.
 */
export const migration021: Migration = {
  version: 21,
  name: 'search entries caught up',
  up(db) {
    db.exec(`
      CREATE TABLE search_stale (
        target     TEXT NOT NULL CHECK (target IN ('note', 'session')),
        target_id  TEXT NOT NULL,
        changed_at INTEGER NOT NULL,
        PRIMARY KEY (target, target_id)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
