import type { Migration } from './migration';

/** The latest revision of a note, as NotesRepository read it before this migration. */
const LATEST_REVISION = `(SELECT r.id FROM note_revisions r WHERE r.note_id = notes.id ORDER BY r.saved_at DESC, r.rowid DESC LIMIT 1)`;
const NEW_REVISION_ID = 'lower(hex(randomblob(16)))';

/**
 * The latest revision of a note lives in the note itself. Until now every save wrote the content
 * twice: the note, and the revision that mirrored it during a stretch of editing. Now the note row
 * names its current stretch (a revision id, when it started, when it was last saved) and
 * note_revisions holds only the stretches that ended, each with the content as it stood then.
 * The schema files that content: when a note starts a new stretch, the trigger copies the old
 * stretch's content into note_revisions in the same statement, so no save can lose a version.
 * A latest revision that mirrors its note (every one the app wrote) moves into the note; one that
 * does not stays an ended stretch, and the note starts a new one at its last change. And the
 * full-text index is rewritten only when a record's indexed text changed.
 */
export const migration019: Migration = {
  version: 19,
  name: 'note revision stretch',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN stretch_revision_id TEXT;
      ALTER TABLE notes ADD COLUMN stretch_started_at INTEGER;
      ALTER TABLE notes ADD COLUMN stretch_saved_at INTEGER;

      -- Signed notes and their history cannot change (triggers): lift both just long enough to move the latest revision.
      DROP TRIGGER notes_signed_no_update;
      DROP TRIGGER note_revisions_frozen_delete;
      UPDATE notes SET (stretch_revision_id, stretch_started_at, stretch_saved_at) = (
        SELECT r.id, r.started_at, r.saved_at FROM note_revisions r
        WHERE r.id = ${LATEST_REVISION} AND r.doc = notes.doc AND r.title = notes.title AND r.words = notes.words
      );
      DELETE FROM note_revisions WHERE id IN (SELECT stretch_revision_id FROM notes);
      UPDATE notes SET stretch_revision_id = ${NEW_REVISION_ID}, stretch_started_at = updated_at, stretch_saved_at = updated_at
      WHERE stretch_revision_id IS NULL;
      CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot change: add an addendum instead'); END;
      CREATE TRIGGER note_revisions_frozen_delete BEFORE DELETE ON note_revisions WHEN (SELECT status FROM notes WHERE id = OLD.note_id) = 'signed'
      BEGIN SELECT RAISE(ABORT, 'the history of a signed note cannot change'); END;

      -- A note written without a stretch (only SQL outside the app does that) starts one when written.
      CREATE TRIGGER notes_stretch_default AFTER INSERT ON notes WHEN NEW.stretch_revision_id IS NULL
      BEGIN
        UPDATE notes SET stretch_revision_id = ${NEW_REVISION_ID}, stretch_started_at = NEW.created_at, stretch_saved_at = NEW.updated_at
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER notes_stretch_kept BEFORE UPDATE OF stretch_revision_id, stretch_started_at, stretch_saved_at ON notes
      WHEN NEW.stretch_revision_id IS NULL OR NEW.stretch_started_at IS NULL OR NEW.stretch_saved_at IS NULL
      BEGIN SELECT RAISE(ABORT, 'a note keeps its current stretch of editing'); END;
      -- A save whose words did not change (formatting, a paragraph made a heading) leaves the FTS index
      -- alone: deleting and inserting the same text is most of a save's work.
      DROP TRIGGER search_documents_after_update;
      CREATE TRIGGER search_documents_after_update AFTER UPDATE OF title, body, scope ON search_documents
      WHEN OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body OR OLD.scope IS NOT NEW.scope
      BEGIN
        INSERT INTO search_index (search_index, rowid, title, body, scope) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.scope);
        INSERT INTO search_index (rowid, title, body, scope) VALUES (NEW.id, NEW.title, NEW.body, NEW.scope);
      END;

      -- A new stretch files the content the old one ended with as a revision, in the same statement.
      CREATE TRIGGER notes_stretch_ended AFTER UPDATE OF stretch_revision_id ON notes
      WHEN OLD.stretch_revision_id IS NOT NULL AND NEW.stretch_revision_id IS NOT OLD.stretch_revision_id
      BEGIN
        INSERT INTO note_revisions (id, note_id, title, doc, words, started_at, saved_at)
        VALUES (OLD.stretch_revision_id, OLD.id, OLD.title, OLD.doc, OLD.words, OLD.stretch_started_at, OLD.stretch_saved_at);
      END;
    `);
  },
};
