import { useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { EARLIEST_CALENDAR_DATE, type Evaluation } from '../../../../shared/contract';
import type { ContraindicationItem } from '../../../../shared/evaluation/contraindications';
import { CANDIDACIES, CANDIDACY_LABELS, candidacyNeedsReason, type Candidacy, EVALUATION_LIMITS } from '../../../../shared/evaluation/evaluation-types';
import { FieldError, Label, RadioGroup } from '../../ui/aria-primitives';
import { CheckboxOption, RadioOption } from '../../ui/ChoiceControls';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { ContraindicationsFields } from './ContraindicationsFields';
import { draftOf, drugField, type EvaluationDraft, type EvaluationField, evaluationInput, newEvaluationDraft } from './evaluation-draft';
import { useRecordEvaluation, useUpdateEvaluation } from './evaluation-queries';
import { MedicationTrialsEditor } from './MedicationTrialsEditor';

type EvaluationDialogProps = { clientId: string; onClose: () => void } & (
  | { editing: Evaluation; checklist?: never }
  | { editing?: never; /** The clinic's checklist, which a new evaluation asks. */ checklist: readonly ContraindicationItem[] }
);

/** A new evaluation, or an edit of one: symptoms, medication trials, contraindications, candidacy, and the dates that go with them. */
export function EvaluationDialog({ clientId, editing, checklist, onClose }: EvaluationDialogProps) {
  const [today] = useState(() => localCalendarDate(Date.now()));
  const [draft, setDraft] = useState<EvaluationDraft>(() => (editing ? draftOf(editing) : newEvaluationDraft(checklist, today)));
  const record = useRecordEvaluation();
  const update = useUpdateEvaluation();
  const saving = useSubmit<EvaluationField>();
  const set = <K extends keyof EvaluationDraft>(key: K, value: EvaluationDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const bound = <K extends keyof EvaluationDraft & EvaluationField>(key: K) => saving.bind(key, (value: EvaluationDraft[K]) => set(key, value));

  const submit = () => {
    const result = evaluationInput(draft, today);
    if (!result.ok) {
      saving.showProblems(result.errors);
      return;
    }
    saving.showProblems({});
    void saving.run(async () => {
      await (editing ? update.mutateAsync({ id: editing.id, ...result.input }) : record.mutateAsync({ clientId, ...result.input }));
      onClose();
    });
  };

  return (
    <FormDialog
      title={editing ? 'Edit the evaluation' : 'Record an evaluation'}
      submitLabel="Save evaluation"
      {...saving.formProps}
      onSubmit={submit}
      onClose={onClose}
      modalClassName="evaluation-modal"
    >
      <TextInputField
        label="Evaluated on"
        inputType="date"
        min={EARLIEST_CALENDAR_DATE}
        max={today}
        value={draft.evaluatedOn}
        {...bound('evaluatedOn')}
        isRequired
        className="field-short"
        autoFocus
      />
      <TextAreaField
        label="Presenting symptoms"
        description="What brings the client, in your words or theirs."
        value={draft.presentingSymptoms}
        onChange={(value) => set('presentingSymptoms', value)}
        maxLength={EVALUATION_LIMITS.symptoms}
        rows={4}
      />
      <MedicationTrialsEditor
        trials={draft.medicationTrials}
        onChange={(trials) => set('medicationTrials', trials)}
        onDrugChanged={(key) => saving.clearFieldError(drugField(key))}
      />
      <ContraindicationsFields findings={draft.contraindications} onChange={(findings) => set('contraindications', findings)} />
      <RadioGroup
        name="candidacy"
        value={draft.candidacy}
        onChange={(value) => bound('candidacy').onChange(value as Candidacy)}
        orientation="horizontal"
        className="field"
        isRequired
      >
        <Label className="field-label">Candidacy</Label>
        <div className="yes-no-options">
          {CANDIDACIES.map((candidacy) => (
            <RadioOption key={candidacy} value={candidacy}>
              {CANDIDACY_LABELS[candidacy]}
            </RadioOption>
          ))}
        </div>
        <FieldError className="field-error" />
      </RadioGroup>
      <TextAreaField
        label="Reason for the decision"
        description={
          draft.candidacy !== null && candidacyNeedsReason(draft.candidacy) ? 'Required: why not, or what the decision waits for.' : 'Optional for a candidate.'
        }
        value={draft.candidacyReason}
        {...bound('candidacyReason')}
        maxLength={EVALUATION_LIMITS.candidacyReason}
        rows={2}
      />
      <div className="field-pair">
        <TextInputField
          label="Consent given on"
          inputType="date"
          min={EARLIEST_CALENDAR_DATE}
          value={draft.consentDate}
          onChange={(value) => set('consentDate', value)}
        />
        <TextInputField
          label="Psychoeducation given on"
          inputType="date"
          min={EARLIEST_CALENDAR_DATE}
          value={draft.psychoeducationDate}
          onChange={(value) => set('psychoeducationDate', value)}
        />
      </div>
      <div className="field-pair evaluation-rems">
        <CheckboxOption isSelected={draft.remsEnrolled} onChange={(enrolled) => set('remsEnrolled', enrolled)}>
          Enrolled in the Spravato REMS (for esketamine)
        </CheckboxOption>
        {draft.remsEnrolled ? (
          <TextInputField
            label="REMS enrolment date"
            description="Optional."
            inputType="date"
            min={EARLIEST_CALENDAR_DATE}
            value={draft.remsEnrolledOn}
            onChange={(value) => set('remsEnrolledOn', value)}
          />
        ) : null}
      </div>
    </FormDialog>
  );
}
