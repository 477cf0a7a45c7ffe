import type { Evaluation, MethodInput } from '../../../../shared/contract';
import type { ContraindicationItem } from '../../../../shared/evaluation/contraindications';
import { type Candidacy, candidacyNeedsReason, type ContraindicationAnswer } from '../../../../shared/evaluation/evaluation-types';

/** A medication trial row as typed; `key` keeps React's rows apart while they are added and removed. */
export interface TrialDraft {
  key: string;
  drug: string;
  dose: string;
  duration: string;
  outcome: string;
  reasonStopped: string;
}

export interface FindingDraft {
  id: string;
  label: string;
  answer: ContraindicationAnswer;
  note: string;
}

/** The evaluation form as typed: text as strings ('' is nothing), dates as the date inputs hold them. */
export interface EvaluationDraft {
  evaluatedOn: string;
  presentingSymptoms: string;
  medicationTrials: TrialDraft[];
  contraindications: FindingDraft[];
  candidacy: Candidacy | null;
  candidacyReason: string;
  consentDate: string;
  psychoeducationDate: string;
  remsEnrolled: boolean;
  remsEnrolledOn: string;
}

export type EvaluationField = 'evaluatedOn' | 'candidacy' | 'candidacyReason' | `drug-${string}`;

let lastTrialKey = 0;
function newTrialKey(): string {
  lastTrialKey += 1;
  return `trial-${lastTrialKey}`;
}

export function emptyTrial(): TrialDraft {
  return { key: newTrialKey(), drug: '', dose: '', duration: '', outcome: '', reasonStopped: '' };
}

/** A new evaluation: today, and the clinic's checklist with every item not asked yet. */
export function newEvaluationDraft(checklist: readonly ContraindicationItem[], today: string): EvaluationDraft {
  return {
    evaluatedOn: today,
    presentingSymptoms: '',
    medicationTrials: [],
    contraindications: checklist.map(({ id, label }) => ({ id, label, answer: 'not-asked', note: '' })),
    candidacy: null,
    candidacyReason: '',
    consentDate: '',
    psychoeducationDate: '',
    remsEnrolled: false,
    remsEnrolledOn: '',
  };
}

/** An edit starts from what was recorded, its own checklist labels included. */
export function draftOf(evaluation: Evaluation): EvaluationDraft {
  return {
    evaluatedOn: evaluation.evaluatedOn,
    presentingSymptoms: evaluation.presentingSymptoms ?? '',
    medicationTrials: evaluation.medicationTrials.map((trial) => ({
      key: newTrialKey(),
      drug: trial.drug,
      dose: trial.dose ?? '',
      duration: trial.duration ?? '',
      outcome: trial.outcome ?? '',
      reasonStopped: trial.reasonStopped ?? '',
    })),
    contraindications: evaluation.contraindications.map((item) => ({ ...item, note: item.note ?? '' })),
    candidacy: evaluation.candidacy,
    candidacyReason: evaluation.candidacyReason ?? '',
    consentDate: evaluation.consentDate ?? '',
    psychoeducationDate: evaluation.psychoeducationDate ?? '',
    remsEnrolled: evaluation.remsEnrolled,
    remsEnrolledOn: evaluation.remsEnrolledOn ?? '',
  };
}

export const drugField = (key: string): EvaluationField => `drug-${key}`;

type EvaluationInput = Omit<MethodInput<'evaluations.record'>, 'clientId'>;
type DraftResult = { ok: true; input: EvaluationInput } | { ok: false; errors: Partial<Record<EvaluationField, string>> };

/** The fields to send, or what needs a look first (the rules main checks, said in the form's words). */
export function evaluationInput(draft: EvaluationDraft, today: string): DraftResult {
  const errors: Partial<Record<EvaluationField, string>> = {};
  if (draft.evaluatedOn === '') errors.evaluatedOn = 'Enter the day of the evaluation.';
  else if (draft.evaluatedOn > today) errors.evaluatedOn = 'The day cannot be after today.';
  if (draft.candidacy === null) errors.candidacy = 'Choose the candidacy decision.';
  else if (candidacyNeedsReason(draft.candidacy) && draft.candidacyReason.trim() === '')
    errors.candidacyReason = 'Say why: a reason is needed when the client is not a candidate or the decision is deferred.';
  for (const trial of draft.medicationTrials) if (trial.drug.trim() === '') errors[drugField(trial.key)] = 'Enter the drug, or remove the row.';
  if (Object.keys(errors).length > 0 || draft.candidacy === null) return { ok: false, errors };
  return {
    ok: true,
    input: {
      evaluatedOn: draft.evaluatedOn,
      presentingSymptoms: draft.presentingSymptoms,
      medicationTrials: draft.medicationTrials.map(({ key: _key, ...trial }) => trial),
      contraindications: draft.contraindications,
      candidacy: draft.candidacy,
      candidacyReason: draft.candidacyReason,
      consentDate: draft.consentDate || null,
      psychoeducationDate: draft.psychoeducationDate || null,
      remsEnrolled: draft.remsEnrolled,
      remsEnrolledOn: draft.remsEnrolled ? draft.remsEnrolledOn || null : null,
    },
  };
}
