import { useState } from 'react';
import { VITAL_RANGES } from '../../../../shared/session/timeline';
import { DEFAULT_VITAL_THRESHOLDS, describeThreshold, THRESHOLD_VALUE_RANGE, type VitalThreshold } from '../../../../shared/session/vital-thresholds';
import { ActionButton } from '../../ui/ActionButton';
import { SubmitForm } from '../../ui/SubmitForm';
import { QueryView } from '../../ui/QueryView';
import { useSubmit } from '../../ui/use-submit';
import { NumberField } from '../../ui/NumberField';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSettings, useUpdateSettings } from '../settings';
import './protocols.css';
import { CheckboxOption } from '../../ui/ChoiceControls';

/** "Systolic above, before the dose (mmHg)": tells apart the fields of thresholds on the same reading. */
function valueLabel(threshold: VitalThreshold): string {
  const when = threshold.appliesTo === 'pre-dose' ? ', before the dose' : threshold.appliesTo === 'after-dose' ? ', after the dose' : '';
  return `${VITAL_RANGES[threshold.field].short} ${threshold.comparison}${when} (${VITAL_RANGES[threshold.field].unit})`;
}

function ThresholdsForm({ saved }: { saved: VitalThreshold[] }) {
  const [thresholds, setThresholds] = useState(saved);
  const update = useUpdateSettings();
  const saving = useSubmit();
  const change = (index: number, patch: Partial<VitalThreshold>) => {
    setThresholds((current) => current.map((threshold, i) => (i === index ? { ...threshold, ...patch } : threshold)));
    saving.markChanged();
  };

  // While a number is being retyped, its label keeps naming the threshold in force, never "above NaN mmHg".
  const described = (threshold: VitalThreshold) => {
    if (Number.isFinite(threshold.value)) return describeThreshold(threshold);
    const inForce = saved.find(({ id }) => id === threshold.id) ?? DEFAULT_VITAL_THRESHOLDS.find(({ id }) => id === threshold.id);
    return describeThreshold({ ...threshold, value: inForce?.value ?? THRESHOLD_VALUE_RANGE.min });
  };

  return (
    <SubmitForm
      submitLabel="Save thresholds"
      {...saving.formProps}
      onSubmit={() => void saving.run(() => update.mutateAsync({ vitalThresholds: thresholds }))}
      otherActions={
        <>
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
        </>
      }
    >
      <ul className="threshold-list">
        {thresholds.map((threshold, index) => (
          <li key={threshold.id} className="threshold">
            <CheckboxOption isSelected={threshold.enabled} onChange={(enabled) => change(index, { enabled })} className="threshold-toggle">
              {described(threshold)}
            </CheckboxOption>
            <NumberField
              name={threshold.id}
              label={valueLabel(threshold)}
              value={threshold.value}
              onChange={(value) => change(index, { value })}
              decimals={0}
              bounds={{ ...THRESHOLD_VALUE_RANGE, unit: VITAL_RANGES[threshold.field].unit, required: true }}
              isDisabled={!threshold.enabled}
              className="threshold-value"
            />
            <p className="threshold-source">Source: {threshold.source}</p>
          </li>
        ))}
      </ul>
    </SubmitForm>
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
