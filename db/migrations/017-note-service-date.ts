import type { Migration } from './migration';

/**
 * A note's date of service: the calendar day the care happened, which can differ from the day the
 * note was written. By default the day of the note's session (its dose, else its check-in), else
 * the day the note was written, in this machine's zone, which main and the window share. The
 * schema supplies that default itself, for the notes already there and for every new one written
 * without a date; a draft's date can then be changed, a signed note's never (notes_signed_no_update).
 */
const DEFAULT_SERVICE_DATE = `(SELECT date(COALESCE(s.dosed_at, s.check_in_at, n.created_at) / 1000, 'unixepoch', 'localtime')
   FROM notes n LEFT JOIN sessions s ON s.id = n.session_id WHERE n.id = notes.id)`;

export const migration017: Migration = {
  version: 17,
  name: 'note service date',
  up(db) {
    db.exec(`
      ALTER TABLE notes ADD COLUMN service_date TEXT CHECK (service_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

      -- Signed notes cannot be updated (trigger): lift it just long enough to give them their date.
      DROP TRIGGER notes_signed_no_update;
      UPDATE notes SET service_date = ${DEFAULT_SERVICE_DATE};
      CREATE TRIGGER notes_signed_no_update BEFORE UPDATE ON notes WHEN OLD.status = 'signed'
      BEGIN SELECT RAISE(ABORT, 'a signed note cannot change: add an addendum instead'); END;

      CREATE TRIGGER notes_service_date_default AFTER INSERT ON notes WHEN NEW.service_date IS NULL
      BEGIN UPDATE notes SET service_date = ${DEFAULT_SERVICE_DATE} WHERE id = NEW.id; END;
      CREATE TRIGGER notes_service_date_kept BEFORE UPDATE OF service_date ON notes WHEN NEW.service_date IS NULL
      BEGIN SELECT RAISE(ABORT, 'a note keeps its date of service'); END;
    `);
  },
};
