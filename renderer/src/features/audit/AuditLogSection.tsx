import { useState } from 'react';
import { AUDIT_RETENTION_YEARS, type Settings } from '../../../../shared/contract';
import { useNavigation } from '../../navigation/navigation';
import { ActionButton } from '../../ui/ActionButton';
import { NumberField } from '../../ui/NumberField';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { SettingsSection } from '../../ui/SettingsSection';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';

function RetentionForm({ saved }: { saved: Settings }) {
  const [years, setYears] = useState(saved.auditRetentionYears);
  const update = useUpdateSettings();
  const submit = useSubmit();
  return (
    <SaveInPlaceForm submitLabel="Save" submit={submit} onSave={() => update.mutateAsync({ auditRetentionYears: years })}>
      <NumberField
        label="Keep audit entries for this many years"
        description={`At least ${AUDIT_RETENTION_YEARS.min} years, a common floor for health records and their access logs. Older entries are removed when you unlock.`}
        value={years}
        onChange={submit.tracked(setYears)}
        decimals={0}
        bounds={{ ...AUDIT_RETENTION_YEARS, unit: 'years', required: true }}
        stepper
      />
    </SaveInPlaceForm>
  );
}

/** Settings → Audit log: how long entries are kept, and the way to the log itself. */
export function AuditLogSection() {
  const settings = useSettings();
  const { openAuditLog } = useNavigation();
  return (
    <SettingsSection title="Audit log">
      <p>Unlocks, locks, signatures, exports, backups and changes of keys or settings are logged, chained by hashes so a changed entry shows.</p>
      <ActionButton onPress={openAuditLog}>Open the audit log</ActionButton>
      <QueryView query={settings}>{(saved) => <RetentionForm saved={saved} />}</QueryView>
    </SettingsSection>
  );
}
