import type { Migration } from './migration';

const NOTE_KINDS = "'session', 'integration', 'evaluation', 'general'";
const HOMEWORK_TYPES = "'thought-record', 'behavioural-activation', 'exposure-hierarchy', 'behavioural-experiment', 'core-belief', 'values-action', 'custom'";
const HOMEWORK_STATUSES = "'assigned', 'in-progress', 'completed', 'reviewed', 'not-done'";
const PROMPT_PHASES = "'before', 'during', 'after', 'follow-up', 'weekly'";
const IS_SIGNED = (noteId: string) => `(SELECT status FROM notes WHERE id = ${noteId}) = 'signed'`;

/**
 * Notes (editor JSON as the source of truth), their revisions, addenda and derived link rows;
 * CBT homework; the prompt library and session prompt plans; one FTS5 index over notes and
 * homework. A signed note, with its revisions and links, cannot change: triggers refuse it.
 */
export const migration003: Migration = {
  version: 3,
  name: 'notes, homework, prompts and search',
  up(db) {
    db.exec(`
      CREATE TABLE homework (
        id                TEXT PRIMARY KEY,
        client_id         TEXT NOT NULL REFERENCES clients (id),
        type              TEXT NOT NULL CHECK (type IN (${HOMEWORK_TYPES})),
        title             TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        fields            TEXT NOT NULL CHECK (json_valid(fields)),
        status            TEXT NOT NULL CHECK (status IN (${HOMEWORK_STATUSES})),
        due_date          TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        outcome           TEXT,
        status_changed_at INTEGER NOT NULL,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX homework_by_client ON homework (client_id, created_at);

      CREATE TABLE notes (
        id           TEXT PRIMARY KEY,
        client_id    TEXT NOT NULL REFERENCES clients (id),
        session_id   TEXT REFERENCES sessions (id),
        kind         TEXT NOT NULL CHECK (kind IN (${NOTE_KINDS})),
        title        TEXT NOT NULL CHECK (length(title) <= 200),
        is_private   INTEGER NOT NULL CHECK (is_private IN (0, 1)),
        doc          TEXT NOT NULL CHECK (json_valid(doc)),
        words        INTEGER NOT NULL CHECK (words >= 0),
        revision     INTEGER NOT NULL CHECK (revision >= 1),
        status       TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
        signed_at    INTEGER,
        signed_by    TEXT,
        content_hash TEXT,
        created_at   INTEGER NOT NULL,
        updated_at   INTEGER NOT NULL,
        CHECK ((status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL AND content_hash IS NOT NULL))
      ) STRICT;
      CREATE INDEX notes_by_client ON notes (client_id, created_at);
      CREATE INDEX notes_unsigned ON notes (created_at) WHERE status = 'draft';

      CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot change: add an addendum instead'); END;
      CREATE TRIGGER notes_signed_no_delete BEFORE DELETE ON notes WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot be deleted'); END;

      -- Checkpoints of the content: the latest is kept in step with the note while it is edited,
      -- earlier ones are the content as it stood at the end of each stretch of editing.
      CREATE TABLE note_revisions (
        id         TEXT PRIMARY KEY,
        note_id    TEXT NOT NULL REFERENCES notes (id),
        title      TEXT NOT NULL,
        doc        TEXT NOT NULL CHECK (json_valid(doc)),
        words      INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        saved_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX note_revisions_by_note ON note_revisions (note_id, saved_at);
      CREATE TRIGGER note_revisions_frozen_update BEFORE UPDATE ON note_revisions WHEN ${IS_SIGNED('OLD.note_id')}
      BEGIN SELECT RAISE(ABORT, 'the history of a signed note cannot change'); END;
      CREATE TRIGGER note_revisions_frozen_insert BEFORE INSERT ON note_revisions WHEN ${IS_SIGNED('NEW.note_id')}
      BEGIN SELECT RAISE(ABORT, 'the history of a signed note cannot change'); END;
      CREATE TRIGGER note_revisions_frozen_delete BEFORE DELETE ON note_revisions WHEN ${IS_SIGNED('OLD.note_id')}
      BEGIN SELECT RAISE(ABORT, 'the history of a signed note cannot change'); END;

      CREATE TABLE note_addenda (
        id           TEXT PRIMARY KEY,
        note_id      TEXT NOT NULL REFERENCES notes (id),
        text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
        signed_by    TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        created_at   INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX note_addenda_by_note ON note_addenda (note_id, created_at);
      CREATE TRIGGER note_addenda_only_signed BEFORE INSERT ON note_addenda WHEN NOT ${IS_SIGNED('NEW.note_id')}
      BEGIN SELECT RAISE(ABORT, 'addenda belong to signed notes; edit the draft instead'); END;
      CREATE TRIGGER note_addenda_no_update BEFORE UPDATE ON note_addenda
      BEGIN SELECT RAISE(ABORT, 'an addendum cannot change: add another'); END;
      CREATE TRIGGER note_addenda_no_delete BEFORE DELETE ON note_addenda
      BEGIN SELECT RAISE(ABORT, 'an addendum cannot be deleted'); END;

      -- Derived from each note's JSON (and its session), rewritten in the same transaction as the note.
      CREATE TABLE note_links (
        note_id     TEXT NOT NULL REFERENCES notes (id),
        target_kind TEXT NOT NULL CHECK (target_kind IN ('homework', 'prompt', 'session')),
        target_id   TEXT NOT NULL,
        PRIMARY KEY (note_id, target_kind, target_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX note_links_by_target ON note_links (target_kind, target_id);
      CREATE TRIGGER note_links_frozen_insert BEFORE INSERT ON note_links WHEN ${IS_SIGNED('NEW.note_id')}
      BEGIN SELECT RAISE(ABORT, 'the links of a signed note cannot change'); END;
      CREATE TRIGGER note_links_frozen_delete BEFORE DELETE ON note_links WHEN ${IS_SIGNED('OLD.note_id')}
      BEGIN SELECT RAISE(ABORT, 'the links of a signed note cannot change'); END;

      CREATE TABLE prompts (
        id          TEXT PRIMARY KEY,
        phase       TEXT NOT NULL CHECK (phase IN (${PROMPT_PHASES})),
        text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        default_key TEXT UNIQUE,
        position    INTEGER NOT NULL,
        archived_at INTEGER,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE session_prompts (
        session_id TEXT NOT NULL REFERENCES sessions (id),
        prompt_id  TEXT NOT NULL REFERENCES prompts (id),
        position   INTEGER NOT NULL,
        PRIMARY KEY (session_id, prompt_id)
      ) STRICT, WITHOUT ROWID;

      -- One row per searchable record; the FTS5 index reads its text from here (external content).
      CREATE TABLE search_documents (
        id         INTEGER PRIMARY KEY,
        target     TEXT NOT NULL CHECK (target IN ('note', 'homework')),
        target_id  TEXT NOT NULL,
        client_id  TEXT NOT NULL REFERENCES clients (id),
        kind       TEXT NOT NULL,
        is_private INTEGER NOT NULL CHECK (is_private IN (0, 1)),
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        -- Tokens naming the client, the target and the kind, so filters are answered by the index itself.
        -- They start with '_', which the tokenizer keeps and typed queries never contain.
        scope      TEXT NOT NULL DEFAULT '',
        updated_at INTEGER NOT NULL,
        UNIQUE (target, target_id)
      ) STRICT;
      CREATE INDEX search_documents_by_client ON search_documents (client_id);

      CREATE VIRTUAL TABLE search_index USING fts5(
        title, body, scope, content = 'search_documents', content_rowid = 'id', tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
      );
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
};
