import type Database from 'better-sqlite3-multiple-ciphers';
import { evaluationSchema, type Evaluation } from '../shared/contract/evaluations';
import type { Candidacy } from '../shared/evaluation/evaluation-types';
import { parseJsonColumn } from './json-column';

interface EvaluationRow {
  id: string;
  client_id: string;
  evaluated_on: string;
  presenting_symptoms: string | null;
  medication_trials: string;
  contraindications: string;
  candidacy: Candidacy;
  candidacy_reason: string | null;
  consent_date: string | null;
  psychoeducation_date: string | null;
  rems_enrolled: number;
  rems_enrolled_on: string | null;
  created_at: number;
  updated_at: number;
}

/** What an evaluation says: everything but its id, client and times. */
export type EvaluationContent = Omit<Evaluation, 'id' | 'clientId' | 'createdAt' | 'updatedAt'>;

function toEvaluation(row: EvaluationRow): Evaluation {
  return {
    id: row.id,
    clientId: row.client_id,
    evaluatedOn: row.evaluated_on,
    presentingSymptoms: row.presenting_symptoms,
    medicationTrials: parseJsonColumn(evaluationSchema.shape.medicationTrials, row.medication_trials, 'evaluation'),
    contraindications: parseJsonColumn(evaluationSchema.shape.contraindications, row.contraindications, 'evaluation'),
    candidacy: row.candidacy,
    candidacyReason: row.candidacy_reason,
    consentDate: row.consent_date,
    psychoeducationDate: row.psychoeducation_date,
    remsEnrolled: row.rems_enrolled === 1,
    remsEnrolledOn: row.rems_enrolled_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function contentColumns(content: EvaluationContent) {
  return {
    evaluatedOn: content.evaluatedOn,
    presentingSymptoms: content.presentingSymptoms,
    medicationTrials: JSON.stringify(content.medicationTrials),
    contraindications: JSON.stringify(content.contraindications),
    candidacy: content.candidacy,
    candidacyReason: content.candidacyReason,
    consentDate: content.consentDate,
    psychoeducationDate: content.psychoeducationDate,
    remsEnrolled: content.remsEnrolled ? 1 : 0,
    remsEnrolledOn: content.remsEnrolledOn,
  };
}

export class EvaluationsRepository {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      listForClient: db.prepare<[string], EvaluationRow>('SELECT * FROM evaluations WHERE client_id = ? ORDER BY evaluated_on DESC, created_at DESC'),
      get: db.prepare<[string], EvaluationRow>('SELECT * FROM evaluations WHERE id = ?'),
      insert: db.prepare(
        `INSERT INTO evaluations (id, client_id, evaluated_on, presenting_symptoms, medication_trials, contraindications, candidacy, candidacy_reason,
           consent_date, psychoeducation_date, rems_enrolled, rems_enrolled_on, created_at, updated_at)
         VALUES (@id, @clientId, @evaluatedOn, @presentingSymptoms, @medicationTrials, @contraindications, @candidacy, @candidacyReason,
           @consentDate, @psychoeducationDate, @remsEnrolled, @remsEnrolledOn, @now, @now)`,
      ),
      // A clock set back never makes an edit older than the record itself (the schema's CHECK would refuse it).
      update: db.prepare(
        `UPDATE evaluations SET evaluated_on = @evaluatedOn, presenting_symptoms = @presentingSymptoms, medication_trials = @medicationTrials,
           contraindications = @contraindications, candidacy = @candidacy, candidacy_reason = @candidacyReason, consent_date = @consentDate,
           psychoeducation_date = @psychoeducationDate, rems_enrolled = @remsEnrolled, rems_enrolled_on = @remsEnrolledOn, updated_at = max(@now, created_at)
         WHERE id = @id`,
      ),
    };
  }

  /** Latest first: by the date of the evaluation, then by when it was recorded. */
  listForClient(clientId: string): Evaluation[] {
    return this.statements.listForClient.all(clientId).map(toEvaluation);
  }

  get(id: string): Evaluation | null {
    const row = this.statements.get.get(id);
    return row ? toEvaluation(row) : null;
  }

  create(id: string, clientId: string, content: EvaluationContent, now: number): Evaluation {
    this.statements.insert.run({ id, clientId, ...contentColumns(content), now });
    return this.get(id)!;
  }

  /** Null when there is no such evaluation. */
  update(id: string, content: EvaluationContent, now: number): Evaluation | null {
    return this.statements.update.run({ id, ...contentColumns(content), now }).changes ? this.get(id) : null;
  }
}
