import type { Migration } from './migration';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'";

/**
 * Evaluations: a client's dated assessment before (and again after) a course. Symptoms as text; the
 * medication trials and the contraindications checklist as JSON arrays, the checklist with each
 * item's label as asked, so a later edit of the clinic's list leaves the record alone; the candidacy
 * decision with its reason (required unless a candidate); consent, psychoeducation and Spravato REMS
 * enrolment dates. The value lists copy CANDIDACIES (shared/evaluation/evaluation-types.ts).
 */
export const migration014: Migration = {
  version: 14,
  name: 'evaluations',
  up(db) {
    db.exec(`
      CREATE TABLE evaluations (
        id                   TEXT PRIMARY KEY,
        client_id            TEXT NOT NULL REFERENCES clients (id),
        evaluated_on         TEXT NOT NULL CHECK (evaluated_on ${DATE}),
        presenting_symptoms  TEXT,
        medication_trials    TEXT NOT NULL CHECK (json_valid(medication_trials) AND json_type(medication_trials) = 'array'),
        contraindications    TEXT NOT NULL CHECK (json_valid(contraindications) AND json_type(contraindications) = 'array'),
        candidacy            TEXT NOT NULL CHECK (candidacy IN ('candidate', 'not-a-candidate', 'deferred')),
        candidacy_reason     TEXT,
        consent_date         TEXT CHECK (consent_date IS NULL OR consent_date ${DATE}),
        psychoeducation_date TEXT CHECK (psychoeducation_date IS NULL OR psychoeducation_date ${DATE}),
        rems_enrolled        INTEGER NOT NULL CHECK (rems_enrolled IN (0, 1)),
        rems_enrolled_on     TEXT CHECK (rems_enrolled_on IS NULL OR rems_enrolled_on ${DATE}),
        created_at           INTEGER NOT NULL,
        updated_at           INTEGER NOT NULL CHECK (updated_at >= created_at),
        -- Not a candidate, or deferred, says why.
        CHECK (candidacy = 'candidate' OR trim(coalesce(candidacy_reason, '')) <> ''),
        -- An enrolment date only beside a recorded enrolment.
        CHECK (rems_enrolled = 1 OR rems_enrolled_on IS NULL)
      ) STRICT;
      CREATE INDEX evaluations_by_client ON evaluations (client_id, evaluated_on);
    `);
  },
};
