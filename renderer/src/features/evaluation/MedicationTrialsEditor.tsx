import { useRef, useState } from 'react';
import { EVALUATION_LIMITS } from '../../../../shared/evaluation/evaluation-types';
import { FieldError, Input, TextField } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { RowLabel } from '../../ui/RowLabel';
import { drugField, emptyTrial, type TrialDraft } from './evaluation-draft';

type TrialColumn = Exclude<keyof TrialDraft, 'key'>;

const COLUMNS: { name: TrialColumn; heading: string; maxLength: number }[] = [
  { name: 'drug', heading: 'Drug', maxLength: EVALUATION_LIMITS.drug },
  { name: 'dose', heading: 'Dose', maxLength: EVALUATION_LIMITS.shortText },
  { name: 'duration', heading: 'Duration', maxLength: EVALUATION_LIMITS.shortText },
  { name: 'outcome', heading: 'Outcome', maxLength: EVALUATION_LIMITS.note },
  { name: 'reasonStopped', heading: 'Reason stopped', maxLength: EVALUATION_LIMITS.note },
];

interface MedicationTrialsEditorProps {
  trials: TrialDraft[];
  onChange: (trials: TrialDraft[]) => void;
  /** The drug field of a row was changed: its message can go. */
  onDrugChanged: (key: string) => void;
}

/**
 * The medications tried, one row each under visible column headings; every field is also named for
 * screen readers ("Dose, trial 2"). A new row's drug takes focus; after a removal focus goes to the
 * add button, so the keyboard never lands on the page.
 */
export function MedicationTrialsEditor({ trials, onChange, onDrugChanged }: MedicationTrialsEditorProps) {
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const canAdd = trials.length < EVALUATION_LIMITS.medicationTrials;
  const update = (key: string, column: TrialColumn, value: string) => {
    onChange(trials.map((trial) => (trial.key === key ? { ...trial, [column]: value } : trial)));
    if (column === 'drug') onDrugChanged(key);
  };
  const add = () => {
    const trial = emptyTrial();
    setAddedKey(trial.key);
    onChange([...trials, trial]);
  };
  const remove = (key: string) => {
    onChange(trials.filter((trial) => trial.key !== key));
    addButtonRef.current?.focus();
  };

  return (
    <fieldset className="plain-fieldset evaluation-group">
      <legend className="field-label">Medication trials</legend>
      {trials.length > 0 ? (
        <div className="trial-rows">
          {COLUMNS.map(({ heading }) => (
            <span key={heading} aria-hidden="true" className="trial-heading">
              {heading}
            </span>
          ))}
          <span />
          {trials.map((trial, index) => (
            <div key={trial.key} className="trial-row">
              {COLUMNS.map(({ name, heading, maxLength }) => (
                <TextField
                  key={name}
                  name={name === 'drug' ? drugField(trial.key) : undefined}
                  value={trial[name]}
                  onChange={(value) => update(trial.key, name, value)}
                  maxLength={maxLength}
                  className="field"
                  autoFocus={name === 'drug' && trial.key === addedKey}
                >
                  <RowLabel label={heading} suffix={`, trial ${index + 1}`} hidden />
                  <Input className="field-input" autoComplete="off" />
                  <FieldError className="field-error" />
                </TextField>
              ))}
              <ActionButton variant="quiet" onPress={() => remove(trial.key)} aria-label={`Remove trial ${index + 1}`}>
                Remove
              </ActionButton>
            </div>
          ))}
        </div>
      ) : (
        <p className="hint">No medication trials yet. Add one row per medication that was tried.</p>
      )}
      {canAdd ? null : <p className="hint">{`An evaluation holds ${EVALUATION_LIMITS.medicationTrials} trials at most.`}</p>}
      <ActionButton ref={addButtonRef} variant="quiet" className="evaluation-add" onPress={add} isDisabled={!canAdd}>
        Add a medication trial
      </ActionButton>
    </fieldset>
  );
}
