import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { FIELD_LIMITS, type Settings } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { TextInputField } from '../../ui/TextInputField';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';
import { SettingsSection } from '../settings/SettingsSection';
import { ExportDialog } from './ExportDialog';

function ClinicNameForm({ saved }: { saved: Settings }) {
  const [name, setName] = useState(saved.clinicName ?? '');
  const [done, setDone] = useState(false);
  const update = useUpdateSettings();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setDone(false);
    update.mutate({ clinicName: name.trim() || null }, { onSuccess: () => setDone(true) });
  };
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <TextInputField
        label="Clinic name on exports"
        description="Printed at the top of every page of an exported record, with the name on signatures."
        value={name}
        onChange={(value) => {
          setName(value);
          setDone(false);
        }}
        maxLength={FIELD_LIMITS.name}
      />
      <div className="actions">
        <ActionButton type="submit" busy={update.isPending}>
          Save clinic name
        </ActionButton>
        <span role="status" className="saved-note">
          {done ? 'Saved.' : ''}
        </span>
      </div>
      <FormAlert>{update.isError ? describeError(update.error) : null}</FormAlert>
    </Form>
  );
}

/** The clinic's name on exports, and "Export everything" for moving the whole practice. */
export function ExportSettingsSection() {
  const settings = useSettings();
  const [exporting, setExporting] = useState(false);
  return (
    <SettingsSection title="Exports">
      {settings.data ? <ClinicNameForm saved={settings.data} /> : settings.isError ? <FormAlert>{describeError(settings.error)}</FormAlert> : null}
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
