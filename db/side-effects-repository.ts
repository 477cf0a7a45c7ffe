import type Database from 'better-sqlite3-multiple-ciphers';
import type { SideEffectAnswer, SideEffectChecklist } from '../shared/contract/side-effects';

interface ChecklistRow {
  session_id: string;
  note: string | null;
  first_recorded_at: number;
  recorded_at: number;
}

interface AnswerRow {
  session_id: string;
  label: string;
  level: SideEffectAnswer['level'];
}

function toChecklist(row: ChecklistRow, answers: readonly AnswerRow[]): SideEffectChecklist {
  return {
    sessionId: row.session_id,
    answers: answers.map(({ label, level }) => ({ label, level })),
    note: row.note,
    firstRecordedAt: row.first_recorded_at,
    recordedAt: row.recorded_at,
  };
}

/** The side-effect checklist after each dose: one per dosed session, its answers in the order they were asked. */
export class SideEffectsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      get: db.prepare<[string], ChecklistRow>('SELECT * FROM side_effect_checklists WHERE session_id = ?'),
      answers: db.prepare<[string], AnswerRow>('SELECT session_id, label, level FROM side_effect_answers WHERE session_id = ? ORDER BY position'),
      listForClient: db.prepare<[string], ChecklistRow>(
        'SELECT c.* FROM side_effect_checklists c JOIN sessions s ON s.id = c.session_id WHERE s.client_id = ? ORDER BY c.session_id',
      ),
      answersForClient: db.prepare<[string], AnswerRow>(
        `SELECT a.session_id, a.label, a.level FROM side_effect_answers a JOIN sessions s ON s.id = a.session_id
         WHERE s.client_id = ? ORDER BY a.session_id, a.position`,
      ),
      upsert: db.prepare(
        `INSERT INTO side_effect_checklists (session_id, note, first_recorded_at, recorded_at) VALUES (@sessionId, @note, @now, @now)
         ON CONFLICT (session_id) DO UPDATE SET note = excluded.note, recorded_at = excluded.recorded_at`,
      ),
      clearAnswers: db.prepare('DELETE FROM side_effect_answers WHERE session_id = ?'),
      insertAnswer: db.prepare('INSERT INTO side_effect_answers (session_id, position, label, level) VALUES (@sessionId, @position, @label, @level)'),
    };
  }

  get(sessionId: string): SideEffectChecklist | null {
    const row = this.statements.get.get(sessionId);
    return row ? toChecklist(row, this.statements.answers.all(sessionId)) : null;
  }

  /** Every checklist of the client's sessions, by session id. */
  listForClient(clientId: string): Map<string, SideEffectChecklist> {
    const answers = new Map<string, AnswerRow[]>();
    for (const answer of this.statements.answersForClient.all(clientId)) answers.set(answer.session_id, [...(answers.get(answer.session_id) ?? []), answer]);
    return new Map(this.statements.listForClient.all(clientId).map((row) => [row.session_id, toChecklist(row, answers.get(row.session_id) ?? [])]));
  }

  /**
   * Writes the checklist of a session, replacing the answers and note of an earlier save; when it
   * was first recorded stays. Run inside a transaction, so a checklist is never half replaced.
   */
  record(sessionId: string, answers: readonly SideEffectAnswer[], note: string | null, now: number): SideEffectChecklist {
    this.statements.upsert.run({ sessionId, note, now });
    this.statements.clearAnswers.run(sessionId);
    answers.forEach(({ label, level }, position) => this.statements.insertAnswer.run({ sessionId, position, label, level }));
    return this.get(sessionId)!;
  }
}
