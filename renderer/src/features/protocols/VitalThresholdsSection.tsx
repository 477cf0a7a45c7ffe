import { useState } from 'react';
import { Form } from 'react-aria-components';
import { VITAL_RANGES } from '../../../../shared/session/timeline';
import { DEFAULT_VITAL_THRESHOLDS, describeThreshold, type VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { QueryView } from '../../ui/QueryView';
import { useSubmit } from '../../ui/use-submit';
import { NumberField } from '../../ui/NumberField';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';
import './protocols.css';
import { CheckboxOption } from '../../ui/ChoiceControls';
import type { FormSubmitEvent } from '../../ui/form-submit-event';

/** "Systolic above, before the dose (mmHg)": tells apart the fields of thresholds on the same reading. */
function valueLabel(threshold: VitalThreshold): string {
  const when = threshold.appliesTo === 'pre-dose' ? ', before the dose' : threshold.appliesTo === 'after-dose' ? ', after the dose' : '';
  return `${VITAL_RANGES[threshold.field].short} ${threshold.comparison}${when} (${VITAL_RANGES[threshold.field].unit})`;
}

function ThresholdsForm({ saved }: { saved: VitalThreshold[] }) {
  const [thresholds, setThresholds] = useState(saved);
  const update = useUpdateSettings();
  const saving = useSubmit<string>();
  const change = (index: number, patch: Partial<VitalThreshold>) => {
    setThresholds((current) => current.map((threshold, i) => (i === index ? { ...threshold, ...patch } : threshold)));
    saving.markChanged();
  };

  const submit = (event: FormSubmitEvent) => {
    event.preventDefault();
    const problems = Object.fromEntries(
      thresholds.flatMap((threshold) =>
        Number.isInteger(threshold.value) && threshold.value >= 0 && threshold.value <= 300 ? [] : [[threshold.id, 'Enter a whole number from 0 to 300.']],
      ),
    );
    if (saving.showProblems(problems)) return;
    void saving.run(() => update.mutateAsync({ vitalThresholds: thresholds }));
  };

  return (
    <Form onSubmit={submit} validationErrors={saving.fieldErrors as Record<string, string>} validationBehavior="aria" className="form">
      <ul className="threshold-list">
        {thresholds.map((threshold, index) => (
          <li key={threshold.id} className="threshold">
            <CheckboxOption isSelected={threshold.enabled} onChange={(enabled) => change(index, { enabled })} className="threshold-toggle">
              {describeThreshold(threshold)}
            </CheckboxOption>
            <NumberField
              name={threshold.id}
              label={valueLabel(threshold)}
              value={threshold.value}
              onChange={(value) => change(index, { value })}
              decimals={0}
              isDisabled={!threshold.enabled}
              className="threshold-value"
            />
            <p className="threshold-source">Source: {threshold.source}</p>
          </li>
        ))}
      </ul>
      <FormAlert>{saving.error}</FormAlert>
      <div className="actions">
        <span role="status" className="saved-note">
          {saving.done ? 'Saved.' : ''}
        </span>
        <ActionButton
          onPress={() => {
            setThresholds(DEFAULT_VITAL_THRESHOLDS);
            saving.markChanged();
          }}
        >
          Back to the defaults
        </ActionButton>
        <ActionButton type="submit" variant="primary" busy={saving.busy}>
          Save thresholds
        </ActionButton>
      </div>
    </Form>
  );
}

/** Vital sign thresholds: shown as alerts in the session, never enforced. Each says where its number comes from. */
export function VitalThresholdsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Vital sign alerts">
      <p>A reading past an enabled threshold is highlighted in the session with the threshold named. Alerts never stop you; you decide.</p>
      <QueryView query={settings}>{(saved) => <ThresholdsForm saved={saved.vitalThresholds} />}</QueryView>
    </SettingsSection>
  );
}
