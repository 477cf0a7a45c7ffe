import type { Migration } from './migration';

/**
 * The side-effect checklist after each dose: one row per dosed session (a free-text note, when it
 * was first recorded and when last saved) and one row per item answered, with the item's label as
 * it read then, so a later edit of the clinic's list does not rewrite what was recorded. Saving
 * again replaces the answers and keeps the first time (decision 0049). The schema refuses a
 * checklist for a session that has no dose: a planned one, or a cancelled one, which never has a
 * dose (migration 004).
 */
export const migration013: Migration = {
  version: 13,
  name: 'side effects after each dose',
  up(db) {
    db.exec(`
      CREATE TABLE side_effect_checklists (
        session_id        TEXT PRIMARY KEY REFERENCES sessions (id),
        note              TEXT CHECK (note IS NULL OR length(note) BETWEEN 1 AND 2000),
        first_recorded_at INTEGER NOT NULL,
        recorded_at       INTEGER NOT NULL,
        CHECK (recorded_at >= first_recorded_at)
      ) STRICT;

      CREATE TABLE side_effect_answers (
        session_id TEXT NOT NULL REFERENCES side_effect_checklists (session_id),
        position   INTEGER NOT NULL CHECK (position >= 0),
        label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
        level      TEXT NOT NULL CHECK (level IN ('none', 'mild', 'moderate', 'severe')),
        PRIMARY KEY (session_id, position)
      ) STRICT;
      CREATE UNIQUE INDEX side_effect_answers_one_per_item ON side_effect_answers (session_id, label COLLATE NOCASE);

      CREATE TRIGGER side_effect_checklists_after_dose BEFORE INSERT ON side_effect_checklists
      WHEN (SELECT dosed_at FROM sessions WHERE id = NEW.session_id) IS NULL
      BEGIN SELECT RAISE(ABORT, 'side effects are recorded after a dose'); END;

      CREATE TRIGGER side_effect_checklists_first_kept BEFORE UPDATE ON side_effect_checklists
      WHEN NEW.session_id IS NOT OLD.session_id OR NEW.first_recorded_at IS NOT OLD.first_recorded_at
      BEGIN SELECT RAISE(ABORT, 'a checklist keeps its session and when it was first recorded'); END;

      CREATE TRIGGER side_effect_checklists_no_delete BEFORE DELETE ON side_effect_checklists
      BEGIN SELECT RAISE(ABORT, 'a side-effect checklist is replaced, never deleted'); END;
    `);
  },
};
