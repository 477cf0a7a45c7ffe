import type { Migration } from './migration';

// Value lists spelled out as this migration writes them, so a later change in shared/ cannot change
// what 005 did; tests/integration/db/value-lists.test.ts ties them to the constants.
const CANONICAL_NOTE_FORMATS = ['kap-note/1', 'kap-note/2'];
const FIRST_CANONICAL_NOTE_FORMAT = 'kap-note/1';
const HOMEWORK_STATUSES = ['assigned', 'in-progress', 'completed', 'reviewed', 'not-done'];
const SEARCH_TARGETS = ['note', 'homework', 'session'];

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const IS_SIGNED = (noteId: string) => `(SELECT status FROM notes WHERE id = ${noteId}) = 'signed'`;

/**
 * What a signed note's homework links said when it was signed (title and status), kept beside the
 * note and covered by its hash; and which canonical form each signature was computed over, so
 * notes signed before (kap-note/1, which covered link ids only) keep verifying as they were.
 * Sessions become searchable. Then the search index is rebuilt (once the schema is today's, see
 * db/migrate.ts): folded letters (ß, œ), homework titles in note text, a filter token for private
 * notes, and every session's words.
 */
export const migration005: Migration = {
  version: 5,
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

      -- Sessions become searchable (their intention and timeline words): the target list grows, so
      -- the table is copied under the new CHECK. Row ids are kept, so the FTS index still fits.
      CREATE TABLE search_documents_next (
        id         INTEGER PRIMARY KEY,
        target     TEXT NOT NULL CHECK (target IN (${quoted(SEARCH_TARGETS)})),
        target_id  TEXT NOT NULL,
        client_id  TEXT NOT NULL REFERENCES clients (id),
        kind       TEXT NOT NULL,
        is_private INTEGER NOT NULL CHECK (is_private IN (0, 1)),
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        scope      TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        UNIQUE (target, target_id)
      ) STRICT;
      INSERT INTO search_documents_next (id, target, target_id, client_id, kind, is_private, title, body, scope, updated_at)
        SELECT id, target, target_id, client_id, kind, is_private, title, body, scope, updated_at FROM search_documents;
      DROP TABLE search_documents;
      ALTER TABLE search_documents_next RENAME TO search_documents;
      CREATE INDEX search_documents_by_client ON search_documents (client_id);
      CREATE TRIGGER search_documents_after_insert AFTER INSERT ON search_documents BEGIN
        INSERT INTO search_index (rowid, title, body, scope) VALUES (NEW.id, NEW.title, NEW.body, NEW.scope);
      END;
      CREATE TRIGGER search_documents_after_delete AFTER DELETE ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, title, body, scope) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.scope);
      END;
      CREATE TRIGGER search_documents_after_update AFTER UPDATE OF title, body, scope ON search_documents BEGIN
        INSERT INTO search_index (search_index, rowid, title, body, scope) VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.scope);
        INSERT INTO search_index (rowid, title, body, scope) VALUES (NEW.id, NEW.title, NEW.body, NEW.scope);
      END;
    `);
  },
  rebuildsSearch: true,
};
