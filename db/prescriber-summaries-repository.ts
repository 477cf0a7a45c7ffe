import type Database from 'better-sqlite3-multiple-ciphers';

interface PrescriberSummaryRow {
  summary: string;
  made_at: number;
}

/** A summary as made for the prescriber: the therapist's words and when the PDF was written. */
export interface MadePrescriberSummary {
  summary: string;
  madeAt: number;
}

/** The summaries made for the prescriber, insert-only (migration 014). */
export class PrescriberSummariesRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      latest: db.prepare<[string], PrescriberSummaryRow>(
        'SELECT summary, made_at FROM prescriber_summaries WHERE session_id = ? ORDER BY made_at DESC, rowid DESC LIMIT 1',
      ),
      insert: db.prepare('INSERT INTO prescriber_summaries (id, session_id, summary, made_at) VALUES (@id, @sessionId, @summary, @madeAt)'),
    };
  }

  /** The last one made for this session, or null when none was. */
  latest(sessionId: string): MadePrescriberSummary | null {
    const row = this.statements.latest.get(sessionId);
    return row ? { summary: row.summary, madeAt: row.made_at } : null;
  }

  record(made: MadePrescriberSummary & { id: string; sessionId: string }): void {
    this.statements.insert.run(made);
  }
}
