import { useState } from 'react';
import { DOSED_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES, type Settings } from '../../../../shared/contract';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { NumberField } from '../../ui/NumberField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from './settings-queries';
import { SettingsSection } from '../../ui/SettingsSection';

type IdleLockSettings = Pick<Settings, 'idleLockMinutes' | 'dosedIdleLockMinutes'>;

function IdleLockForm({ saved }: { saved: IdleLockSettings }) {
  const [minutes, setMinutes] = useState(saved.idleLockMinutes);
  const [dosedMinutes, setDosedMinutes] = useState(saved.dosedIdleLockMinutes);
  const update = useUpdateSettings();
  const submit = useSubmit();

  return (
    <SaveInPlaceForm submitLabel="Save" submit={submit} onSave={() => update.mutateAsync({ idleLockMinutes: minutes, dosedIdleLockMinutes: dosedMinutes })}>
      <NumberField
        label="Lock after this many minutes without activity"
        description={`From ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max} minutes. The vault also locks when the computer locks or sleeps.`}
        value={minutes}
        onChange={submit.tracked(setMinutes)}
        decimals={0}
        bounds={{ ...IDLE_LOCK_MINUTES, unit: 'minutes', required: true }}
        stepper
      />
      <NumberField
        label="During a dosed session, lock after this many minutes"
        description={`From the dose until discharge, when the client is mostly quiet. From ${DOSED_IDLE_LOCK_MINUTES.min} to ${DOSED_IDLE_LOCK_MINUTES.max} minutes; the session clock stays on the lock screen.`}
        value={dosedMinutes}
        onChange={submit.tracked(setDosedMinutes)}
        decimals={0}
        bounds={{ ...DOSED_IDLE_LOCK_MINUTES, unit: 'minutes', required: true }}
        stepper
      />
    </SaveInPlaceForm>
  );
}

export function IdleLockSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Automatic lock">
      <QueryView query={settings}>{(saved) => <IdleLockForm saved={saved} />}</QueryView>
    </SettingsSection>
  );
}
