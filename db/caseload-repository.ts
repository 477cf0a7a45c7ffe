import type Database from 'better-sqlite3-multiple-ciphers';
import type { CaseloadFacts } from '../shared/contract/clients';
import { OPEN_HOMEWORK_STATUSES } from '../shared/homework/homework-types';

interface CaseloadRow {
  client_id: string;
  last_dosed_at: number | null;
  planned: number;
  drafts: number;
  open_homework: number;
}

/** Counts across a whole caseload, grouped once per table rather than asked client by client. */
export class CaseloadRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      facts: db.prepare<[string], CaseloadRow>(
        `SELECT c.id AS client_id, s.last_dosed_at, COALESCE(s.planned, 0) AS planned, COALESCE(n.drafts, 0) AS drafts, COALESCE(h.open, 0) AS open_homework
       FROM clients c
       LEFT JOIN (SELECT client_id, MAX(dosed_at) AS last_dosed_at, SUM(status = 'planned') AS planned FROM sessions GROUP BY client_id) s ON s.client_id = c.id
       LEFT JOIN (SELECT client_id, COUNT(*) AS drafts FROM notes WHERE status = 'draft' GROUP BY client_id) n ON n.client_id = c.id
       LEFT JOIN (SELECT client_id, COUNT(*) AS open FROM homework WHERE status IN (SELECT value FROM json_each(?)) GROUP BY client_id) h ON h.client_id = c.id
       WHERE c.archived_at IS NULL AND (s.client_id IS NOT NULL OR n.client_id IS NOT NULL OR h.client_id IS NOT NULL)`,
      ),
    };
  }

  /** The counts; the course's next dose is the handler's to add. */
  facts(): Omit<CaseloadFacts, 'nextDose'>[] {
    return this.statements.facts.all(JSON.stringify(OPEN_HOMEWORK_STATUSES)).map((row) => ({
      clientId: row.client_id,
      lastDosedAt: row.last_dosed_at,
      plannedSessions: row.planned,
      draftNotes: row.drafts,
      openHomework: row.open_homework,
    }));
  }
}
