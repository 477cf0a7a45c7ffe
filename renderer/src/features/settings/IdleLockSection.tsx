import { useState } from 'react';
import { IDLE_LOCK_MINUTES } from '../../../../shared/contract';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { NumberField } from '../../ui/NumberField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from './settings-queries';
import { SettingsSection } from '../../ui/SettingsSection';

function IdleLockForm({ saved }: { saved: number }) {
  const [minutes, setMinutes] = useState(saved);
  const update = useUpdateSettings();
  const submit = useSubmit();

  return (
    <SaveInPlaceForm submitLabel="Save" className="form-inline" submit={submit} onSave={() => update.mutateAsync({ idleLockMinutes: minutes })}>
      <NumberField
        label="Lock after this many minutes without activity"
        description={`From ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max} minutes. The vault also locks when the computer locks or sleeps.`}
        value={minutes}
        onChange={submit.tracked(setMinutes)}
        decimals={0}
        bounds={{ ...IDLE_LOCK_MINUTES, unit: 'minutes', required: true }}
        stepper
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
