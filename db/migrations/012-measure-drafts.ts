import type { Migration } from './migration';

const MEASURE_KINDS = "'phq-9', 'gad-7'";

/**
 * Hand-over questionnaires (docs/decisions/0052-hand-over-questionnaires.md). `measure_drafts`
 * holds one the client is still filling in: one slot per item (9 or 7), each null until answered
 * or 0-3, saved answer by answer. Finishing it inserts a scored measure and deletes the draft in
 * one transaction; a draft was never a measure, so discarding one deletes it too.
 * `handover_pin` holds the one hand-over PIN as a salted scrypt hash with its parameters.
 */
export const migration012: Migration = {
  version: 12,
  name: 'measure drafts',
  up(db) {
    db.exec(`
      CREATE TABLE measure_drafts (
        id          TEXT PRIMARY KEY,
        client_id   TEXT NOT NULL REFERENCES clients (id),
        session_id  TEXT REFERENCES sessions (id),
        kind        TEXT NOT NULL CHECK (kind IN (${MEASURE_KINDS})),
        answers     TEXT NOT NULL CHECK (json_valid(answers) AND json_type(answers) = 'array'
                      AND json_array_length(answers) = CASE kind WHEN 'phq-9' THEN 9 WHEN 'gad-7' THEN 7 END),
        difficulty  INTEGER CHECK (difficulty IS NULL OR (kind = 'phq-9' AND difficulty BETWEEN 0 AND 3)),
        started_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL CHECK (updated_at >= started_at)
      ) STRICT;
      CREATE INDEX measure_drafts_by_client ON measure_drafts (client_id, started_at);

      CREATE TRIGGER measure_drafts_answers_insert BEFORE INSERT ON measure_drafts
      WHEN EXISTS (SELECT 1 FROM json_each(NEW.answers) WHERE type NOT IN ('integer', 'null') OR (type = 'integer' AND value NOT BETWEEN 0 AND 3))
      BEGIN SELECT RAISE(ABORT, 'draft answers are null or 0-3'); END;
      CREATE TRIGGER measure_drafts_answers_update BEFORE UPDATE OF answers ON measure_drafts
      WHEN EXISTS (SELECT 1 FROM json_each(NEW.answers) WHERE type NOT IN ('integer', 'null') OR (type = 'integer' AND value NOT BETWEEN 0 AND 3))
      BEGIN SELECT RAISE(ABORT, 'draft answers are null or 0-3'); END;

      CREATE TRIGGER measure_drafts_session_of_client BEFORE INSERT ON measure_drafts
      WHEN NEW.session_id IS NOT NULL AND (SELECT client_id FROM sessions WHERE id = NEW.session_id) IS NOT NEW.client_id
      BEGIN SELECT RAISE(ABORT, 'a draft links only a session of its own client'); END;
      CREATE TRIGGER measure_drafts_same_questionnaire BEFORE UPDATE OF id, client_id, session_id, kind, started_at ON measure_drafts
      BEGIN SELECT RAISE(ABORT, 'a draft keeps its client, session and questionnaire'); END;

      CREATE TABLE handover_pin (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        salt            BLOB NOT NULL CHECK (length(salt) >= 16),
        hash            BLOB NOT NULL CHECK (length(hash) = 32),
        cost            INTEGER NOT NULL CHECK (cost BETWEEN 16384 AND 1048576),
        block_size      INTEGER NOT NULL CHECK (block_size BETWEEN 8 AND 32),
        parallelization INTEGER NOT NULL CHECK (parallelization BETWEEN 1 AND 4),
        set_at          INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
