import { useState } from 'react';
import { FIELD_LIMITS, type Settings } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import { SettingsSection } from '../../ui/SettingsSection';
import { ExportDialog } from './ExportDialog';

function ClinicNameForm({ saved }: { saved: Settings }) {
  const [name, setName] = useState(saved.clinicName ?? '');
  const update = useUpdateSettings();
  const submit = useSubmit();
  return (
    <SaveInPlaceForm submitLabel="Save clinic name" variant="secondary" submit={submit} onSave={() => update.mutateAsync({ clinicName: name.trim() || null })}>
      <TextInputField
        label="Clinic name on exports"
        description="Printed at the top of every page of an exported record, with the name on signatures."
        value={name}
        onChange={submit.tracked(setName)}
        maxLength={FIELD_LIMITS.name}
      />
    </SaveInPlaceForm>
  );
}

/** The clinic's name on exports, and "Export everything" for moving the whole practice. */
export function ExportSettingsSection() {
  const settings = useSettings();
  const [exporting, setExporting] = useState(false);
  return (
    <SettingsSection title="Exports">
      <QueryView query={settings} loading={null}>
        {(saved) => <ClinicNameForm saved={saved} />}
      </QueryView>
      <p>
        Moving to another system? Export every client&apos;s record as one JSON file. A single client&apos;s record (PDF or JSON) is exported from their page.
      </p>
      <div className="actions">
        <ActionButton onPress={() => setExporting(true)}>Export everything…</ActionButton>
      </div>
      {exporting ? <ExportDialog scope={{ kind: 'practice' }} title="Export everything" onClose={() => setExporting(false)} /> : null}
    </SettingsSection>
  );
}
