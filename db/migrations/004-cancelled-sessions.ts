import type { Migration } from './migration';

/**
 * A session checked in but never dosed (the dose deferred, for a high blood pressure say) can be
 * cancelled. SQLite cannot change a CHECK in place, so the sessions table is rebuilt with
 * 'cancelled' allowed (never once a dose is recorded) and its indexes made again. The timeline and
 * its append-only triggers are untouched; their references to sessions resolve to the new table.
 */
export const migration004: Migration = {
  version: 4,
  name: 'cancelled sessions',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE sessions_rebuilt (
        id                    TEXT PRIMARY KEY,
        client_id             TEXT NOT NULL REFERENCES clients (id),
        route                 TEXT NOT NULL CHECK (route IN ('im', 'iv', 'esketamine', 'sublingual')),
        protocol_id           TEXT REFERENCES protocols (id),
        protocol_snapshot     TEXT NOT NULL CHECK (json_valid(protocol_snapshot)),
        planned_dose_mg       REAL NOT NULL CHECK (planned_dose_mg > 0),
        mg_per_kg             REAL CHECK (mg_per_kg IS NULL OR mg_per_kg > 0),
        weight_kg             REAL CHECK (weight_kg IS NULL OR weight_kg > 0),
        device_count          INTEGER CHECK (device_count IS NULL OR device_count BETWEEN 1 AND 3),
        course_session_number INTEGER NOT NULL CHECK (course_session_number >= 1),
        status                TEXT NOT NULL CHECK (status IN ('planned', 'checked-in', 'dosed', 'discharged', 'cancelled')),
        intention             TEXT,
        readiness             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(readiness)),
        discharge_checklist   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(discharge_checklist)),
        rems_form             TEXT CHECK (rems_form IS NULL OR json_valid(rems_form)),
        rems_submitted_at     INTEGER,
        check_in_at           INTEGER,
        dosed_at              INTEGER,
        ended_at              INTEGER,
        created_at            INTEGER NOT NULL,
        updated_at            INTEGER NOT NULL,
        -- A dosed session is discharged, never cancelled.
        CHECK (status <> 'cancelled' OR (dosed_at IS NULL AND ended_at IS NOT NULL))
      ) STRICT;
      INSERT INTO sessions_rebuilt SELECT * FROM sessions;
      DROP TABLE sessions;
      ALTER TABLE sessions_rebuilt RENAME TO sessions;
      CREATE INDEX sessions_by_client ON sessions (client_id, created_at);
      CREATE INDEX sessions_open ON sessions (status) WHERE status IN ('checked-in', 'dosed');

      -- A cancelled session stays cancelled: nothing moves it back into the room.
      CREATE TRIGGER sessions_cancelled_final BEFORE UPDATE OF status ON sessions WHEN OLD.status = 'cancelled' AND NEW.status <> 'cancelled'
      BEGIN SELECT RAISE(ABORT, 'a cancelled session cannot be reopened'); END;
    `);
  },
};
