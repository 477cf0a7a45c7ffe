import type { Migration } from './migration';

/**
 * Follow-up contacts: the calls or meetings a dose proposes (the clinic's ladder, by default the day
 * after and a week after), written in the same transaction as the session's first dose (decision
 * 0050). A contact is planned until the therapist marks it done (optionally naming the note about
 * it) or skips it with a reason; after that it no longer changes and is never deleted. The status
 * list spells out FOLLOW_UP_STATUSES (shared/follow-up/follow-up-ladder.ts). Sessions dosed before
 * this migration get no contacts.
 */
export const migration016: Migration = {
  version: 16,
  name: 'follow-up contacts',
  up(db) {
    db.exec(`
      CREATE TABLE follow_up_contacts (
        id          TEXT PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions (id),
        client_id   TEXT NOT NULL REFERENCES clients (id),
        offset_days INTEGER NOT NULL CHECK (offset_days BETWEEN 1 AND 90),
        label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
        due_date    TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        date_moved  INTEGER NOT NULL DEFAULT 0 CHECK (date_moved IN (0, 1)),
        status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'skipped')),
        done_at     INTEGER,
        skip_reason TEXT CHECK (skip_reason IS NULL OR length(skip_reason) BETWEEN 1 AND 500),
        -- Not a foreign key: a linked draft may still be discarded, and the link then reads as none.
        note_id     TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        -- Done carries its time (and maybe a note), skipped its reason, planned neither.
        CHECK ((status = 'done') = (done_at IS NOT NULL)),
        CHECK ((status = 'skipped') = (skip_reason IS NOT NULL)),
        CHECK (note_id IS NULL OR status = 'done'),
        UNIQUE (session_id, offset_days)
      ) STRICT;
      CREATE INDEX follow_up_contacts_by_due ON follow_up_contacts (status, due_date);
      CREATE INDEX follow_up_contacts_by_client ON follow_up_contacts (client_id, due_date);

      -- A contact and its note belong to the session's own client.
      CREATE TRIGGER follow_up_contacts_session_client BEFORE INSERT ON follow_up_contacts
      WHEN NEW.client_id IS NOT (SELECT client_id FROM sessions WHERE id = NEW.session_id)
      BEGIN SELECT RAISE(ABORT, 'a follow-up contact belongs to its session''s client'); END;
      CREATE TRIGGER follow_up_contacts_note_client BEFORE UPDATE OF note_id ON follow_up_contacts
      WHEN NEW.note_id IS NOT NULL AND NEW.client_id IS NOT (SELECT client_id FROM notes WHERE id = NEW.note_id)
      BEGIN SELECT RAISE(ABORT, 'a follow-up contact links a note of its own client'); END;

      -- Done and skipped are final; only a planned contact may be removed (its dose was withdrawn).
      CREATE TRIGGER follow_up_contacts_final BEFORE UPDATE ON follow_up_contacts WHEN OLD.status <> 'planned'
      BEGIN SELECT RAISE(ABORT, 'a done or skipped follow-up contact does not change'); END;
      CREATE TRIGGER follow_up_contacts_kept BEFORE DELETE ON follow_up_contacts WHEN OLD.status <> 'planned'
      BEGIN SELECT RAISE(ABORT, 'a done or skipped follow-up contact is kept'); END;
    `);
  },
};
