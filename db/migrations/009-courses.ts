import type { Migration } from './migration';

/**
 * Treatment courses: an induction course and booster courses after it, each with its schedule, its
 * start, the planned date of each dose (calendar dates, as the therapist moved them) and, once
 * ended, the day it ended and the re-evaluation date. Dosing sessions are not linked row by row: a
 * course holds the doses given from its start date to the day it ended, so the sessions table is
 * not rebuilt again (decision 0046). The schema keeps that grouping unambiguous: one active course
 * per client, a new course starts after the client's earlier ones ended, and an ended course no
 * longer changes.
 */
export const migration009: Migration = {
  version: 9,
  name: 'treatment courses',
  up(db) {
    db.exec(`
      CREATE TABLE courses (
        id                 TEXT PRIMARY KEY,
        client_id          TEXT NOT NULL REFERENCES clients (id),
        kind               TEXT NOT NULL CHECK (kind IN ('induction', 'booster')),
        schedule_kind      TEXT NOT NULL CHECK (schedule_kind IN ('clinic-default', 'esketamine-label')),
        doses              INTEGER CHECK (doses BETWEEN 1 AND 24),
        weeks              INTEGER CHECK (weeks BETWEEN 1 AND 12),
        maintenance        TEXT CHECK (maintenance IN ('weekly', 'every-two-weeks')),
        start_date         TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        planned_dates      TEXT NOT NULL CHECK (json_valid(planned_dates) AND json_type(planned_dates) = 'array' AND json_array_length(planned_dates) BETWEEN 1 AND 24),
        status             TEXT NOT NULL CHECK (status IN ('active', 'ended')),
        ended_on           TEXT CHECK (ended_on IS NULL OR ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        re_evaluation_date TEXT CHECK (re_evaluation_date IS NULL OR re_evaluation_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        created_at         INTEGER NOT NULL,
        updated_at         INTEGER NOT NULL,
        -- The clinic default counts doses over weeks; the esketamine label fixes those and chooses its maintenance interval.
        CHECK ((schedule_kind = 'clinic-default' AND doses IS NOT NULL AND weeks IS NOT NULL AND maintenance IS NULL)
            OR (schedule_kind = 'esketamine-label' AND doses IS NULL AND weeks IS NULL AND maintenance IS NOT NULL)),
        -- Ending a course records the day and the re-evaluation, which comes no earlier.
        CHECK ((status = 'active' AND ended_on IS NULL AND re_evaluation_date IS NULL)
            OR (status = 'ended' AND ended_on IS NOT NULL AND re_evaluation_date IS NOT NULL AND re_evaluation_date >= ended_on))
      ) STRICT;
      CREATE INDEX courses_by_client ON courses (client_id, start_date);
      CREATE UNIQUE INDEX courses_one_active ON courses (client_id) WHERE status = 'active';

      -- Doses belong to the course whose dates hold them, so courses of one client never overlap.
      CREATE TRIGGER courses_after_earlier BEFORE INSERT ON courses
      WHEN EXISTS (SELECT 1 FROM courses WHERE client_id = NEW.client_id AND (ended_on IS NULL OR ended_on >= NEW.start_date))
      BEGIN SELECT RAISE(ABORT, 'a course starts after the earlier ones ended'); END;

      CREATE TRIGGER courses_ended_final BEFORE UPDATE ON courses WHEN OLD.status = 'ended'
      BEGIN SELECT RAISE(ABORT, 'an ended course does not change'); END;
    `);
  },
};
