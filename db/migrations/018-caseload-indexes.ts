import type { Migration } from './migration';

/**
 * Indexes for the reads across the whole caseload (the home screen's Today and the client list's
 * counts), so that their cost follows the work still open, not the years of records behind it:
 * - the sessions not yet finished, for Today (sessions_open covered only checked-in and dosed);
 * - completed homework waiting for review, in the order Today lists it;
 * - per client: the last dose and the sessions planned, the drafts, and the homework by status,
 *   each a covering index, so counting them reads no session, note or homework row (a note's row
 *   carries its whole document).
 */
export const migration018: Migration = {
  version: 18,
  name: 'caseload indexes',
  up(db) {
    db.exec(`
      CREATE INDEX sessions_unfinished ON sessions (status, created_at) WHERE status IN ('planned', 'checked-in', 'dosed');
      CREATE INDEX homework_to_review ON homework (status_changed_at) WHERE status = 'completed';
      CREATE INDEX sessions_dose_by_client ON sessions (client_id, dosed_at, status);
      CREATE INDEX notes_drafts_by_client ON notes (client_id) WHERE status = 'draft';
      CREATE INDEX homework_status_by_client ON homework (client_id, status);
    `);
  },
};
