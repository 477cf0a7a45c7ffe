import type { Migration } from './migration';

/**
 * The audit log: append-only and hash-chained (docs/decisions/0056). Each row carries the hash of
 * the row before it, so an edited, missing or reordered row shows when the chain is checked.
 * It holds ids, kinds and settings names, never names or words (decision 0029).
 *
 * Triggers refuse every UPDATE, and every DELETE of a row younger than six years: the floor the
 * retention setting cannot go under is a rule of the schema, not of the code that prunes. An
 * insert must follow the last row and carry its hash (the first row, the hash of nothing: 64 zeros).
 * 189,345,600,000 ms is six years of 365.25 days.
 */
export const migration011: Migration = {
  version: 11,
  name: 'audit log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        at INTEGER NOT NULL CHECK (at >= 0),
        kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40 AND kind NOT GLOB '*[^a-z-]*'),
        subject_id TEXT CHECK (subject_id IS NULL OR length(subject_id) BETWEEN 1 AND 80),
        detail TEXT CHECK (detail IS NULL OR (json_valid(detail) AND json_type(detail) = 'object' AND length(detail) <= 2000)),
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
      ) STRICT;

      CREATE INDEX audit_log_at ON audit_log (at);

      CREATE TRIGGER audit_log_appends_to_the_chain BEFORE INSERT ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'an audit entry follows the last one')
        WHERE NEW.seq IS NOT coalesce((SELECT max(seq) FROM audit_log), 0) + 1;
        SELECT RAISE(ABORT, 'an audit entry carries the hash of the last one')
        WHERE NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), '${'0'.repeat(64)}');
      END;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

      CREATE TRIGGER audit_log_kept_six_years BEFORE DELETE ON audit_log
      WHEN OLD.at > CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) - 189345600000
      BEGIN SELECT RAISE(ABORT, 'audit entries are kept at least six years'); END;
    `);
  },
};
