import { CANONICAL_NOTE_FORMATS, FIRST_CANONICAL_NOTE_FORMAT } from '../../shared/notes/canonical-note';
import { HOMEWORK_STATUSES } from '../../shared/homework/homework-types';
import { rebuildSearchIndex } from '../search-rebuild';
import type { Migration } from './migration';

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const IS_SIGNED = (noteId: string) => `(SELECT status FROM notes WHERE id = ${noteId}) = 'signed'`;

/**
 * What a signed note's homework links said when it was signed (title and status), kept beside the
 * note and covered by its hash; and which canonical form each signature was computed over, so
 * notes signed before (kap-note/1, which covered link ids only) keep verifying as they were.
 * Then the search index is rebuilt: folded letters (ß, œ), homework titles in note text, and a
 * filter token for private notes.
 */
export const migration006: Migration = {
  version: 6,
  name: 'signed homework links and search rebuild',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN signed_format TEXT CHECK (signed_format IN (${quoted(CANONICAL_NOTE_FORMATS)}));

      -- Signed notes cannot be updated (trigger): lift it just long enough to name their format.
      DROP TRIGGER notes_signed_no_update;
      UPDATE notes SET signed_format = '${FIRST_CANONICAL_NOTE_FORMAT}' WHERE status = 'signed';
      CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot change: add an addendum instead'); END;
      CREATE TRIGGER notes_signed_have_format BEFORE UPDATE OF status ON notes WHEN NEW.status = 'signed' AND NEW.signed_format IS NULL
      BEGIN SELECT RAISE(ABORT, 'a signature names the canonical form it was computed over'); END;

      -- Written in the signing transaction, just before the note turns signed; never changed after.
      CREATE TABLE note_signed_homework (
        note_id     TEXT NOT NULL REFERENCES notes (id),
        homework_id TEXT NOT NULL REFERENCES homework (id),
        position    INTEGER NOT NULL CHECK (position >= 0),
        title       TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN (${quoted(HOMEWORK_STATUSES)})),
        PRIMARY KEY (note_id, homework_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER note_signed_homework_before_signing BEFORE INSERT ON note_signed_homework WHEN ${IS_SIGNED('NEW.note_id')}
      BEGIN SELECT RAISE(ABORT, 'what a signed note links to was fixed when it was signed'); END;
      CREATE TRIGGER note_signed_homework_no_update BEFORE UPDATE ON note_signed_homework
      BEGIN SELECT RAISE(ABORT, 'what a signed note links to was fixed when it was signed'); END;
      CREATE TRIGGER note_signed_homework_no_delete BEFORE DELETE ON note_signed_homework WHEN ${IS_SIGNED('OLD.note_id')}
      BEGIN SELECT RAISE(ABORT, 'what a signed note links to was fixed when it was signed'); END;
    `);
    rebuildSearchIndex(db);
  },
};
