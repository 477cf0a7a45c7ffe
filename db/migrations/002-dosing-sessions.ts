import type { Migration } from './migration';

/**
 * Protocol templates, sessions (each with a snapshot of its protocol) and the append-only
 * session timeline. Corrections and retractions are new rows pointing at the original.
 */
export const migration002: Migration = {
  version: 2,
  name: 'dosing sessions',
  up(db) {
    db.exec(`
      CREATE TABLE protocols (
        id          TEXT PRIMARY KEY,
        route       TEXT NOT NULL CHECK (route IN ('im', 'iv', 'esketamine', 'sublingual')),
        definition  TEXT NOT NULL CHECK (json_valid(definition)),
        is_default  INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
        archived_at INTEGER,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE sessions (
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
        status                TEXT NOT NULL CHECK (status IN ('planned', 'checked-in', 'dosed', 'discharged')),
        intention             TEXT,
        readiness             TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(readiness)),
        discharge_checklist   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(discharge_checklist)),
        rems_form             TEXT CHECK (rems_form IS NULL OR json_valid(rems_form)),
        rems_submitted_at     INTEGER,
        check_in_at           INTEGER,
        dosed_at              INTEGER,
        ended_at              INTEGER,
        created_at            INTEGER NOT NULL,
        updated_at            INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_client ON sessions (client_id, created_at);
      CREATE INDEX sessions_open ON sessions (status) WHERE status IN ('checked-in', 'dosed');

      CREATE TABLE session_events (
        id                TEXT PRIMARY KEY,
        session_id        TEXT NOT NULL REFERENCES sessions (id),
        sequence          INTEGER NOT NULL,
        kind              TEXT NOT NULL,
        at                INTEGER NOT NULL,
        recorded_at       INTEGER NOT NULL,
        entry             TEXT CHECK (entry IS NULL OR json_valid(entry)),
        supersedes_id     TEXT REFERENCES session_events (id),
        retracts_id       TEXT REFERENCES session_events (id),
        retraction_reason TEXT,
        UNIQUE (session_id, sequence),
        CHECK ((kind = 'retraction') = (retracts_id IS NOT NULL)),
        CHECK ((kind = 'retraction') = (entry IS NULL)),
        CHECK (supersedes_id IS NULL OR retracts_id IS NULL)
      ) STRICT;

      CREATE TRIGGER session_events_no_update BEFORE UPDATE ON session_events
      BEGIN SELECT RAISE(ABORT, 'session events are append-only: add a correction instead'); END;
      CREATE TRIGGER session_events_no_delete BEFORE DELETE ON session_events
      BEGIN SELECT RAISE(ABORT, 'session events are append-only: add a retraction instead'); END;
    `);
  },
};
