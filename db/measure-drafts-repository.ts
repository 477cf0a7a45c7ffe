import type Database from 'better-sqlite3-multiple-ciphers';
import type { MeasureKind } from '../shared/measures/questionnaires';
import { DRAFT_ANSWERS, type QuestionnaireRow, readQuestionnaireRow } from './questionnaire-row';

interface DraftRow extends QuestionnaireRow {
  started_at: number;
  updated_at: number;
}

/** A hand-over questionnaire still being filled in: null for each item not answered yet. */
export interface StoredMeasureDraft {
  id: string;
  clientId: string;
  sessionId: string | null;
  kind: MeasureKind;
  answers: (number | null)[];
  difficulty: number | null;
  startedAt: number;
  updatedAt: number;
}

function toDraft(row: DraftRow): StoredMeasureDraft {
  return {
    ...readQuestionnaireRow(row, DRAFT_ANSWERS, 'unfinished questionnaire'),
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}

export class MeasureDraftsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], DraftRow>('SELECT * FROM measure_drafts WHERE client_id = ? ORDER BY started_at, id'),
      get: db.prepare<[string], DraftRow>('SELECT * FROM measure_drafts WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO measure_drafts (id, client_id, session_id, kind, answers, difficulty, started_at, updated_at)
         VALUES (@id, @clientId, @sessionId, @kind, @answers, @difficulty, @startedAt, @updatedAt)`,
      ),
      saveAnswers: db.prepare('UPDATE measure_drafts SET answers = @answers, difficulty = @difficulty, updated_at = @updatedAt WHERE id = @id'),
      remove: db.prepare('DELETE FROM measure_drafts WHERE id = ?'),
    };
  }

  /** Oldest first. */
  listForClient(clientId: string): StoredMeasureDraft[] {
    return this.statements.listForClient.all(clientId).map(toDraft);
  }

  get(id: string): StoredMeasureDraft | null {
    const row = this.statements.get.get(id);
    return row ? toDraft(row) : null;
  }

  create(draft: StoredMeasureDraft): void {
    this.statements.insert.run({ ...draft, answers: JSON.stringify(draft.answers) });
  }

  saveAnswers(id: string, answers: readonly (number | null)[], difficulty: number | null, updatedAt: number): void {
    this.statements.saveAnswers.run({ id, answers: JSON.stringify(answers), difficulty, updatedAt });
  }

  /** False when there was no such draft. */
  remove(id: string): boolean {
    return this.statements.remove.run(id).changes > 0;
  }
}
