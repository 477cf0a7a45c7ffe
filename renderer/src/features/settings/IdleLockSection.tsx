import { useState } from 'react';
import { IDLE_LOCK_MINUTES } from '../../../../shared/contract';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { StepperField } from '../../ui/StepperField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from './settings-queries';
import { SettingsSection } from '../../ui/SettingsSection';

function IdleLockForm({ saved }: { saved: number }) {
  const [minutes, setMinutes] = useState(saved);
  const update = useUpdateSettings();
  const submit = useSubmit();

  return (
    <SaveInPlaceForm
      submitLabel="Save"
      className="form-inline"
      submit={submit}
      canSave={!Number.isNaN(minutes)}
      onSave={() => update.mutateAsync({ idleLockMinutes: minutes })}
    >
      <StepperField
        label="Lock after this many minutes without activity"
        description={`From ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max} minutes. The vault also locks when the computer locks or sleeps.`}
        value={minutes}
        onChange={submit.tracked(setMinutes)}
        minValue={IDLE_LOCK_MINUTES.min}
        maxValue={IDLE_LOCK_MINUTES.max}
      />
    </SaveInPlaceForm>
  );
}

export function IdleLockSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Automatic lock">
      <QueryView query={settings}>{(saved) => <IdleLockForm saved={saved.idleLockMinutes} />}</QueryView>
    </SettingsSection>
  );
}
