import type { Migration } from './migration';

const MEASURE_KINDS = "'phq-9', 'gad-7'";
const MEASURE_ENTERED_BY = "'therapist', 'client'";
const MEASURE_COLUMNS = 'id, client_id, session_id, kind, answers, difficulty, total, taken_on, entered_by, created_at';

/**
 * PHQ-9 and GAD-7 measures. The schema holds the instruments' shape itself: one answer 0-3 per
 * item (9 or 7), a total that is their sum, the difficulty question on the PHQ-9 only, and a
 * session of the same client. A mistaken entry is withdrawn with a reason, never changed or
 * deleted (docs/decisions/0041-measures-withdrawn-not-deleted.md).
 */
export const migration007: Migration = {
  version: 7,
  name: 'measures',
  up(db) {
    db.exec(`
      CREATE TABLE measures (
        id                TEXT PRIMARY KEY,
        client_id         TEXT NOT NULL REFERENCES clients (id),
        session_id        TEXT REFERENCES sessions (id),
        kind              TEXT NOT NULL CHECK (kind IN (${MEASURE_KINDS})),
        answers           TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'
                            AND json_array_length(answers) = CASE kind WHEN 'phq-9' THEN 9 WHEN 'gad-7' THEN 7 END),
        difficulty        INTEGER CHECK (difficulty IS NULL OR (kind = 'phq-9' AND difficulty BETWEEN 0 AND 3)),
        total             INTEGER NOT NULL CHECK (total >= 0),
        taken_on          TEXT NOT NULL CHECK (taken_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        entered_by        TEXT NOT NULL CHECK (entered_by IN (${MEASURE_ENTERED_BY})),
        created_at        INTEGER NOT NULL,
        withdrawn_at      INTEGER,
        withdrawal_reason TEXT CHECK (withdrawal_reason IS NULL OR length(withdrawal_reason) BETWEEN 1 AND 500),
        CHECK ((withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
      ) STRICT;
      CREATE INDEX measures_by_client ON measures (client_id, taken_on, created_at);
      CREATE INDEX measures_by_session ON measures (session_id) WHERE session_id IS NOT NULL;

      CREATE TRIGGER measures_answers_scored BEFORE INSERT ON measures
      WHEN EXISTS (SELECT 1 FROM json_each(NEW.answers) WHERE type <> 'integer' OR value NOT BETWEEN 0 AND 3)
        OR NEW.total <> (SELECT sum(value) FROM json_each(NEW.answers))
      BEGIN SELECT RAISE(ABORT, 'measure answers are 0-3 and the total is their sum'); END;

      CREATE TRIGGER measures_session_of_client BEFORE INSERT ON measures
      WHEN NEW.session_id IS NOT NULL AND (SELECT client_id FROM sessions WHERE id = NEW.session_id) IS NOT NEW.client_id
      BEGIN SELECT RAISE(ABORT, 'a measure links only a session of its own client'); END;

      CREATE TRIGGER measures_no_change BEFORE UPDATE OF ${MEASURE_COLUMNS} ON measures
      BEGIN SELECT RAISE(ABORT, 'a measure cannot change: withdraw it and record it again'); END;
      CREATE TRIGGER measures_withdrawn_once BEFORE UPDATE OF withdrawn_at, withdrawal_reason ON measures WHEN OLD.withdrawn_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'a withdrawn measure stays withdrawn'); END;
      CREATE TRIGGER measures_no_delete BEFORE DELETE ON measures
      BEGIN SELECT RAISE(ABORT, 'a measure cannot be deleted: withdraw it instead'); END;
    `);
  },
};
