import { useRef, useState } from 'react';
import { type ContraindicationItem, DEFAULT_CONTRAINDICATIONS, newContraindicationId } from '../../../../shared/evaluation/contraindications';
import { EVALUATION_LIMITS } from '../../../../shared/evaluation/evaluation-types';
import { FieldError, Input, TextField } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { RowLabel } from '../../ui/RowLabel';
import { SettingsSection } from '../../ui/SettingsSection';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import './evaluation.css';

const itemField = (index: number) => `contraindication-${index}`;

function ChecklistForm({ saved }: { saved: readonly ContraindicationItem[] }) {
  const [items, setItems] = useState<ContraindicationItem[]>([...saved]);
  const [added, setAdded] = useState<string | null>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const update = useUpdateSettings();
  const saving = useSubmit<string>();
  const change = (next: ContraindicationItem[]) => {
    setItems(next);
    saving.markChanged();
  };
  const add = () => {
    const id = newContraindicationId(items.map((item) => item.id));
    setAdded(id);
    change([...items, { id, label: '' }]);
  };
  const remove = (index: number) => {
    change(items.filter((_, i) => i !== index));
    addButtonRef.current?.focus();
  };
  const submit = () => {
    if (
      saving.showProblems(Object.fromEntries(items.map((item, index) => [itemField(index), item.label.trim() ? undefined : 'Enter the item, or remove it.'])))
    )
      return;
    void saving.run(() => update.mutateAsync({ contraindications: items.map((item) => ({ ...item, label: item.label.trim() })) }));
  };

  return (
    <SubmitForm
      submitLabel="Save checklist"
      {...saving.formProps}
      onSubmit={submit}
      otherActions={
        <>
          <span role="status" className="saved-note">
            {saving.done ? 'Saved.' : ''}
          </span>
          <ActionButton onPress={() => change([...DEFAULT_CONTRAINDICATIONS])}>Back to the defaults</ActionButton>
        </>
      }
    >
      <ol className="checklist-settings">
        {items.map((item, index) => (
          <li key={item.id} className="checklist-settings-row">
            <TextField
              name={itemField(index)}
              value={item.label}
              onChange={(label) => {
                change(items.map((other, i) => (i === index ? { ...other, label } : other)));
                saving.clearFieldError(itemField(index));
              }}
              maxLength={EVALUATION_LIMITS.contraindicationLabel}
              className="field"
              autoFocus={item.id === added}
            >
              <RowLabel label={`Contraindication ${index + 1}`} hidden />
              <Input className="field-input" autoComplete="off" />
              <FieldError className="field-error" />
            </TextField>
            <ActionButton variant="quiet" onPress={() => remove(index)} aria-label={`Remove contraindication ${index + 1}`}>
              Remove
            </ActionButton>
          </li>
        ))}
      </ol>
      <ActionButton
        ref={addButtonRef}
        variant="quiet"
        className="evaluation-add"
        onPress={add}
        isDisabled={items.length >= EVALUATION_LIMITS.contraindications}
      >
        Add an item
      </ActionButton>
    </SubmitForm>
  );
}

/** The contraindications checklist a new evaluation asks. Editing it never changes an evaluation already recorded. */
export function ContraindicationsSettingsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Evaluation checklist">
      <p>
        The contraindications a new evaluation asks, each answered present, absent or not asked. The defaults are the Spravato label&apos;s contraindications
        and screening items common in KAP practice (see the clinical notes). Evaluations already recorded keep the items as they were asked.
      </p>
      <QueryView query={settings}>{(saved) => <ChecklistForm saved={saved.contraindications} />}</QueryView>
    </SettingsSection>
  );
}
