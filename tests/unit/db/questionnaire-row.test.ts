import { describe, expect, it } from 'vitest';
import { DamagedRecordError } from '../../../db/json-column';
import { DRAFT_ANSWERS, FINISHED_ANSWERS, type QuestionnaireRow, readQuestionnaireRow } from '../../../db/questionnaire-row';

const row = (answers: string): QuestionnaireRow => ({ id: 'm1', client_id: 'c1', session_id: null, kind: 'gad-7', answers, difficulty: 2 });

describe('a stored questionnaire read back', () => {
  it('maps its columns and reads its answers', () => {
    expect(readQuestionnaireRow(row('[0,1,2,3,0,1,2]'), FINISHED_ANSWERS, 'measure')).toEqual({
      id: 'm1',
      clientId: 'c1',
      sessionId: null,
      kind: 'gad-7',
      answers: [0, 1, 2, 3, 0, 1, 2],
      difficulty: 2,
    });
  });

  it('lets a draft hold unanswered items, and a finished measure not', () => {
    expect(readQuestionnaireRow(row('[0,null,2]'), DRAFT_ANSWERS, 'unfinished questionnaire').answers).toEqual([0, null, 2]);
    expect(() => readQuestionnaireRow(row('[0,null,2]'), FINISHED_ANSWERS, 'measure')).toThrow(DamagedRecordError);
  });

  it.each([['not json'], ['[4]'], ['[-1]'], ['[1.5]'], ['{"0":1}']])(
    'refuses damaged answers (%s) with an error that names the record kind only',
    (answers) => {
      expect(() => readQuestionnaireRow(row(answers), FINISHED_ANSWERS, 'measure')).toThrow('A stored measure is damaged and could not be read.');
    },
  );
});
