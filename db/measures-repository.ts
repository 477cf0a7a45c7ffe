import type Database from 'better-sqlite3-multiple-ciphers';
import type { MeasureEnteredBy, MeasureKind } from '../shared/measures/questionnaires';
import { parseJsonColumn } from './json-column';
import { FINISHED_ANSWERS, type QuestionnaireRow, readQuestionnaireRow } from './questionnaire-row';

interface MeasureRow extends QuestionnaireRow {
  total: number;
  taken_on: string;
  entered_by: MeasureEnteredBy;
  created_at: number;
  withdrawn_at: number | null;
  withdrawal_reason: string | null;
}

/** A measure as stored: what was answered, when and by whom; band and outcomes are derived when read. */
export interface StoredMeasure {
  id: string;
  clientId: string;
  sessionId: string | null;
  kind: MeasureKind;
  answers: number[];
  difficulty: number | null;
  total: number;
  takenOn: string;
  enteredBy: MeasureEnteredBy;
  createdAt: number;
  withdrawnAt: number | null;
  withdrawalReason: string | null;
}

export type NewMeasure = Omit<StoredMeasure, 'withdrawnAt' | 'withdrawalReason'>;

/** One active client with their standing measures of one kind, oldest first (none when they have none). */
export interface ClientMeasureSeries {
  clientId: string;
  displayName: string;
  measures: Pick<StoredMeasure, 'kind' | 'total' | 'answers' | 'takenOn'>[];
}

interface SeriesRow {
  client_id: string;
  display_name: string;
  total: number | null;
  answers: string | null;
  taken_on: string | null;
}

function toMeasure(row: MeasureRow): StoredMeasure {
  return {
    ...readQuestionnaireRow(row, FINISHED_ANSWERS, 'measure'),
    total: row.total,
    takenOn: row.taken_on,
    enteredBy: row.entered_by,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at,
    withdrawalReason: row.withdrawal_reason,
  };
}

export class MeasuresRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], MeasureRow>('SELECT * FROM measures WHERE client_id = ? ORDER BY taken_on, created_at, id'),
      get: db.prepare<[string], MeasureRow>('SELECT * FROM measures WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO measures (id, client_id, session_id, kind, answers, difficulty, total, taken_on, entered_by, created_at)
         VALUES (@id, @clientId, @sessionId, @kind, @answers, @difficulty, @total, @takenOn, @enteredBy, @createdAt)`,
      ),
      // Every active client once, even without a measure, so the caller can say how many have none.
      activeSeries: db.prepare<[MeasureKind], SeriesRow>(
        `SELECT c.id AS client_id, c.display_name, m.total, m.answers, m.taken_on
         FROM clients c LEFT JOIN measures m ON m.client_id = c.id AND m.kind = ? AND m.withdrawn_at IS NULL
         WHERE c.archived_at IS NULL
         ORDER BY c.display_name COLLATE NOCASE, c.id, m.taken_on, m.created_at, m.id`,
      ),
      withdraw: db.prepare('UPDATE measures SET withdrawn_at = @now, withdrawal_reason = @reason WHERE id = @id AND withdrawn_at IS NULL'),
    };
  }

  /** Oldest first, the order outcomes are judged in: by the day taken, then by when entered. */
  listForClient(clientId: string): StoredMeasure[] {
    return this.statements.listForClient.all(clientId).map(toMeasure);
  }

  /** Each active client, by name, with their measures of `kind` not withdrawn, oldest first: one query for the whole caseload. */
  activeClientSeries(kind: MeasureKind): ClientMeasureSeries[] {
    const series = new Map<string, ClientMeasureSeries>();
    for (const row of this.statements.activeSeries.all(kind)) {
      const client = series.get(row.client_id) ?? { clientId: row.client_id, displayName: row.display_name, measures: [] };
      series.set(row.client_id, client);
      if (row.total !== null && row.answers !== null && row.taken_on !== null)
        client.measures.push({ kind, total: row.total, answers: parseJsonColumn(FINISHED_ANSWERS, row.answers, 'measure'), takenOn: row.taken_on });
    }
    return [...series.values()];
  }

  get(id: string): StoredMeasure | null {
    const row = this.statements.get.get(id);
    return row ? toMeasure(row) : null;
  }

  create(measure: NewMeasure): StoredMeasure {
    this.statements.insert.run({ ...measure, answers: JSON.stringify(measure.answers) });
    return this.get(measure.id)!;
  }

  /** False when it was already withdrawn. */
  withdraw(id: string, reason: string, now: number): boolean {
    return this.statements.withdraw.run({ id, reason, now }).changes > 0;
  }
}
