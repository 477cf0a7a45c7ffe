import type { Migration } from './migration';

/**
 * Summaries made for the prescriber: each time the therapist makes the PDF for a dosing session,
 * the words they wrote for it and when, so the session says "made on …" and a remake starts from
 * the last words. A row is written with the file, only for a discharged session with a dose, and
 * never changes: a remake is a new row (decision 0051). The PDF itself is not kept; it is made
 * from the timeline, which keeps every version.
 */
export const migration015: Migration = {
  version: 15,
  name: 'prescriber summaries',
  up(db) {
    db.exec(`
      CREATE TABLE prescriber_summaries (
        id         TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions (id),
        summary    TEXT NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 2000),
        made_at    INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX prescriber_summaries_by_session ON prescriber_summaries (session_id, made_at);

      CREATE TRIGGER prescriber_summaries_discharged_only BEFORE INSERT ON prescriber_summaries
      WHEN NOT EXISTS (SELECT 1 FROM sessions WHERE id = NEW.session_id AND status = 'discharged' AND dosed_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'a summary for the prescriber is made for a discharged, dosed session'); END;

      CREATE TRIGGER prescriber_summaries_no_update BEFORE UPDATE ON prescriber_summaries
      BEGIN SELECT RAISE(ABORT, 'a summary for the prescriber, once made, does not change'); END;

      CREATE TRIGGER prescriber_summaries_no_delete BEFORE DELETE ON prescriber_summaries
      BEGIN SELECT RAISE(ABORT, 'a summary for the prescriber, once made, is kept'); END;
    `);
  },
};
