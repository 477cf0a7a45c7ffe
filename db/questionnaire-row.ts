import { z } from 'zod';
import { HIGHEST_ANSWER, type MeasureKind } from '../shared/measures/questionnaires';
import { parseJsonColumn } from './json-column';

/** The columns a questionnaire has wherever it is stored: a measure, or a hand-over draft still being filled in. */
export interface QuestionnaireRow {
  id: string;
  client_id: string;
  session_id: string | null;
  kind: MeasureKind;
  answers: string;
  difficulty: number | null;
}

const answer = z.number().int().min(0).max(HIGHEST_ANSWER);
/** A finished questionnaire answers every item; a draft has null for each item not answered yet. */
export const FINISHED_ANSWERS = z.array(answer);
export const DRAFT_ANSWERS = z.array(answer.nullable());

/** Those columns read, the answers through their schema (a damaged value names `what`, never its content). */
export function readQuestionnaireRow<Answers>(row: QuestionnaireRow, answers: z.ZodType<Answers>, what: string) {
  return {
    id: row.id,
    clientId: row.client_id,
    sessionId: row.session_id,
    kind: row.kind,
    answers: parseJsonColumn(answers, row.answers, what),
    difficulty: row.difficulty,
  };
}
