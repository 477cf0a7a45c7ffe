import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTRAINDICATIONS } from '../../../../../../shared/evaluation/contraindications';
import { draftOf, drugField, emptyTrial, evaluationInput, newEvaluationDraft } from '../../../../../../renderer/src/features/evaluation/evaluation-draft';

const TODAY = '2026-03-10';

describe('the evaluation form', () => {
  it('starts a new evaluation today with the clinic checklist, every item not asked', () => {
    const draft = newEvaluationDraft(DEFAULT_CONTRAINDICATIONS, TODAY);
    expect(draft.evaluatedOn).toBe(TODAY);
    expect(draft.candidacy).toBeNull();
    expect(draft.contraindications).toHaveLength(DEFAULT_CONTRAINDICATIONS.length);
    expect(draft.contraindications.every((item) => item.answer === 'not-asked' && item.note === '')).toBe(true);
  });

  it('says what needs a look: the decision, its reason, a trial without a drug, a day after today', () => {
    const trial = { ...emptyTrial(), dose: '20 mg' };
    const draft = { ...newEvaluationDraft([], TODAY), evaluatedOn: '2026-03-11', medicationTrials: [trial] };
    expect(evaluationInput(draft, TODAY)).toEqual({
      ok: false,
      errors: {
        evaluatedOn: 'The day cannot be after today.',
        candidacy: 'Choose the candidacy decision.',
        [drugField(trial.key)]: 'Enter the drug, or remove the row.',
      },
    });
    const deferred = evaluationInput({ ...newEvaluationDraft([], TODAY), candidacy: 'deferred', candidacyReason: '  ' }, TODAY);
    expect(deferred.ok === false && Object.keys(deferred.errors)).toEqual(['candidacyReason']);
  });

  it('sends blank dates as null, no row keys, and no REMS date without enrolment', () => {
    const draft = {
      ...newEvaluationDraft(DEFAULT_CONTRAINDICATIONS.slice(0, 1), TODAY),
      medicationTrials: [{ ...emptyTrial(), drug: 'Sertraline, 50 mg' }],
      candidacy: 'candidate' as const,
      psychoeducationDate: '2026-03-01',
      remsEnrolled: false,
      remsEnrolledOn: '2026-03-02',
    };
    const result = evaluationInput(draft, TODAY);
    expect(result).toMatchObject({
      ok: true,
      input: {
        medicationTrials: [{ drug: 'Sertraline, 50 mg', dose: '', duration: '', outcome: '', reasonStopped: '' }],
        consentDate: null,
        psychoeducationDate: '2026-03-01',
        remsEnrolledOn: null,
      },
    });
    expect(result.ok && Object.keys(result.input.medicationTrials[0]!)).not.toContain('key');
  });

  it('edits from what was recorded, its own checklist labels included', () => {
    const draft = draftOf({
      id: 'e1',
      clientId: 'c1',
      evaluatedOn: '2026-01-05',
      presentingSymptoms: null,
      medicationTrials: [{ drug: 'Bupropion', dose: null, duration: null, outcome: null, reasonStopped: null }],
      contraindications: [{ id: 'pregnancy', label: 'Pregnancy (as asked then)', answer: 'absent', note: null }],
      candidacy: 'candidate',
      candidacyReason: null,
      consentDate: null,
      psychoeducationDate: null,
      remsEnrolled: true,
      remsEnrolledOn: null,
      createdAt: 1,
      updatedAt: 1,
    });
    expect(draft).toMatchObject({ presentingSymptoms: '', candidacyReason: '', remsEnrolled: true, remsEnrolledOn: '' });
    expect(draft.medicationTrials[0]).toMatchObject({ drug: 'Bupropion', dose: '' });
    expect(draft.contraindications).toEqual([{ id: 'pregnancy', label: 'Pregnancy (as asked then)', answer: 'absent', note: '' }]);
  });
});
