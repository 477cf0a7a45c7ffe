import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { IDLE_LOCK_MINUTES } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { StepperField } from '../../ui/StepperField';
import { useSettings, useUpdateSettings } from './settings-queries';
import { SettingsSection } from './SettingsSection';

function IdleLockForm({ saved }: { saved: number }) {
  const [minutes, setMinutes] = useState(saved);
  const [done, setDone] = useState(false);
  const update = useUpdateSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending || Number.isNaN(minutes)) return;
    setDone(false);
    update.mutate({ idleLockMinutes: minutes }, { onSuccess: () => setDone(true) });
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form form-inline">
      <StepperField
        label="Lock after this many minutes without activity"
        description={`From ${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max} minutes. The vault also locks when the computer locks or sleeps.`}
        value={minutes}
        onChange={(value) => {
          setMinutes(value);
          setDone(false);
        }}
        minValue={IDLE_LOCK_MINUTES.min}
        maxValue={IDLE_LOCK_MINUTES.max}
      />
      <div className="actions">
        <ActionButton type="submit" variant="primary" busy={update.isPending}>
          Save
        </ActionButton>
        <span role="status" className="saved-note">
          {done ? 'Saved.' : ''}
        </span>
      </div>
      <FormAlert>{update.isError ? describeError(update.error) : null}</FormAlert>
    </Form>
  );
}

export function IdleLockSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Automatic lock">
      {settings.data ? (
        <IdleLockForm saved={settings.data.idleLockMinutes} />
      ) : settings.isError ? (
        <FormAlert>{describeError(settings.error)}</FormAlert>
      ) : (
        <p className="loading">Loading…</p>
      )}
    </SettingsSection>
  );
}
