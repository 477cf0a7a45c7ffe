import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { FIELD_LIMITS, NOTES_TO_FINISH_DAYS, type Settings } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { StepperField } from '../../ui/StepperField';
import { TextInputField } from '../../ui/TextInputField';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';
import { SettingsSection } from '../settings/SettingsSection';

function NotesSettingsForm({ saved }: { saved: Settings }) {
  const [days, setDays] = useState(saved.notesToFinishAfterDays);
  const [name, setName] = useState(saved.clinicianName ?? '');
  const [done, setDone] = useState(false);
  const update = useUpdateSettings();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending || Number.isNaN(days)) return;
    setDone(false);
    update.mutate({ notesToFinishAfterDays: days, clinicianName: name.trim() || null }, { onSuccess: () => setDone(true) });
  };

  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <StepperField
        label="List unsigned notes as “to finish” after this many days"
        description={`A clinic preference, from ${NOTES_TO_FINISH_DAYS.min} to ${NOTES_TO_FINISH_DAYS.max} days. The list is on the clients page.`}
        value={days}
        onChange={(value) => {
          setDays(value);
          setDone(false);
        }}
        minValue={NOTES_TO_FINISH_DAYS.min}
        maxValue={NOTES_TO_FINISH_DAYS.max}
      />
      <TextInputField
        label="Name on signatures"
        description="Filled in when you sign a note; you can still change it there."
        value={name}
        onChange={(value) => {
          setName(value);
          setDone(false);
        }}
        maxLength={FIELD_LIMITS.name}
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

/** Settings for writing notes: when drafts count as late, and the name a signature carries. */
export function NotesSettingsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Notes">
      {settings.data ? (
        <NotesSettingsForm saved={settings.data} />
      ) : settings.isError ? (
        <FormAlert>{describeError(settings.error)}</FormAlert>
      ) : (
        <p className="loading">Loading…</p>
      )}
    </SettingsSection>
  );
}
