import type { Migration } from './migration';

/**
 * Late entries: after discharge the timeline takes only an observation, the client's words, vitals
 * or an adverse event remembered while writing up, marked as written late. `at` is the time it
 * refers to (from check-in to when it was written), `recorded_at` when it was written. A new column
 * needs no rebuild; triggers hold the rules, so no handler bug can slip an ordinary entry into a
 * discharged session or a late one into any other.
 */
export const migration008: Migration = {
  version: 8,
  name: 'late entries',
  up(db) {
    db.exec(`
      ALTER TABLE session_events ADD COLUMN written_late INTEGER NOT NULL DEFAULT 0 CHECK (written_late IN (0, 1));

      CREATE TRIGGER session_events_late_entry_fits BEFORE INSERT ON session_events WHEN NEW.written_late = 1
      BEGIN
        SELECT RAISE(ABORT, 'a late entry is an observation, the client''s words, vitals or an adverse event')
        WHERE NEW.kind NOT IN ('observation', 'quote', 'vitals', 'adverse-event') OR NEW.supersedes_id IS NOT NULL OR NEW.retracts_id IS NOT NULL;
        SELECT RAISE(ABORT, 'a late entry is added to a discharged session only')
        WHERE (SELECT status FROM sessions WHERE id = NEW.session_id) IS NOT 'discharged';
        SELECT RAISE(ABORT, 'a late entry refers to a time from check-in until it was written')
        WHERE NEW.at < (SELECT check_in_at FROM sessions WHERE id = NEW.session_id) OR NEW.at > NEW.recorded_at;
      END;

      CREATE TRIGGER session_events_closed_after_discharge BEFORE INSERT ON session_events
      WHEN NEW.written_late = 0 AND NEW.supersedes_id IS NULL AND NEW.retracts_id IS NULL
        AND (SELECT status FROM sessions WHERE id = NEW.session_id) IN ('discharged', 'cancelled')
      BEGIN SELECT RAISE(ABORT, 'a session that has ended takes late entries only'); END;
    `);
  },
};
