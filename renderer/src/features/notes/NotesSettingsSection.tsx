import { useState, type FormEvent } from 'react';
import { Button, FieldError, Form, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { NOTES_TO_FINISH_DAYS, type Settings } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
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
      <NumberField
        value={days}
        onChange={(value) => {
          setDays(value);
          setDone(false);
        }}
        minValue={NOTES_TO_FINISH_DAYS.min}
        maxValue={NOTES_TO_FINISH_DAYS.max}
        step={1}
        isRequired
        className="field number-field"
      >
        <Label className="field-label">List unsigned notes as “to finish” after this many days</Label>
        <Group className="number-group">
          <Button slot="decrement" className="number-step">
            −
          </Button>
          <Input className="field-input number-input" />
          <Button slot="increment" className="number-step">
            +
          </Button>
        </Group>
        <Text slot="description" className="field-description">
          A clinic preference, from {NOTES_TO_FINISH_DAYS.min} to {NOTES_TO_FINISH_DAYS.max} days. The list is on the clients page.
        </Text>
        <FieldError className="field-error" />
      </NumberField>
      <TextInputField
        label="Name on signatures"
        description="Filled in when you sign a note; you can still change it there."
        value={name}
        onChange={(value) => {
          setName(value);
          setDone(false);
        }}
        maxLength={200}
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
