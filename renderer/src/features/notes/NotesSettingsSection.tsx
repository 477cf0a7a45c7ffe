import { useState } from 'react';
import { FIELD_LIMITS, NOTES_TO_FINISH_DAYS, type Settings } from '../../../../shared/contract';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { NumberField } from '../../ui/NumberField';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import { SettingsSection } from '../../ui/SettingsSection';

function NotesSettingsForm({ saved }: { saved: Settings }) {
  const [days, setDays] = useState(saved.notesToFinishAfterDays);
  const [name, setName] = useState(saved.clinicianName ?? '');
  const update = useUpdateSettings();
  const submit = useSubmit();

  return (
    <SaveInPlaceForm submitLabel="Save" submit={submit} onSave={() => update.mutateAsync({ notesToFinishAfterDays: days, clinicianName: name.trim() || null })}>
      <NumberField
        label="List unsigned notes as “to finish” after this many days"
        description={`A clinic preference, from ${NOTES_TO_FINISH_DAYS.min} to ${NOTES_TO_FINISH_DAYS.max} days. The list is on the clients page.`}
        value={days}
        onChange={submit.tracked(setDays)}
        decimals={0}
        bounds={{ ...NOTES_TO_FINISH_DAYS, unit: 'days', required: true }}
        stepper
      />
      <TextInputField
        label="Name on signatures"
        description="Filled in when you sign a note; you can still change it there."
        value={name}
        onChange={submit.tracked(setName)}
        maxLength={FIELD_LIMITS.name}
      />
    </SaveInPlaceForm>
  );
}

/** Settings for writing notes: when drafts count as late, and the name a signature carries. */
export function NotesSettingsSection() {
  const settings = useSettings();
  return (
    <SettingsSection title="Notes">
      <QueryView query={settings}>{(saved) => <NotesSettingsForm saved={saved} />}</QueryView>
    </SettingsSection>
  );
}
