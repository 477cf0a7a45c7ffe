import { formatDateTime } from '../../ui/time-text';
import { useState } from 'react';
import { ProgressBar, Label } from '../../ui/aria-primitives';
import { BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY, BACKUP_WARN_AFTER_DAYS } from '../../../../shared/contract/backups';
import type { Settings } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { QueryView } from '../../ui/QueryView';
import { SaveInPlaceForm } from '../../ui/SaveInPlaceForm';
import { NumberField } from '../../ui/NumberField';
import { useSubmit } from '../../ui/use-submit';
import { useSettings, useUpdateSettings } from '../settings';
import { SettingsSection } from '../../ui/SettingsSection';
import { describeBackupError } from './backup-text';
import { useBackUpNow, useBackupStatus, useChooseBackupFolder } from './backups-queries';
import { RestoreFlow } from './RestoreFlow';
import '../../styles/backups.css';

const STEP_TEXT = { copying: 'Copying the vault', verifying: 'Checking the copy', rotating: 'Removing old backups' } as const;

type RotationSetting = 'backupKeepDaily' | 'backupKeepMonthly' | 'backupWarnAfterDays';

const ROTATION_FIELDS: { setting: RotationSetting; label: string; description: string; range: { min: number; max: number } }[] = [
  { setting: 'backupKeepDaily', label: 'Daily backups to keep', description: 'The newest backup of each of this many days.', range: BACKUP_KEEP_DAILY },
  { setting: 'backupKeepMonthly', label: 'Monthly backups to keep', description: 'The newest backup of each of this many months.', range: BACKUP_KEEP_MONTHLY },
  {
    setting: 'backupWarnAfterDays',
    label: 'Warn when the last backup is older than (days)',
    description: 'The client list says so when the last good backup is older than this.',
    range: BACKUP_WARN_AFTER_DAYS,
  },
];

function RotationForm({ saved }: { saved: Settings }) {
  const [values, setValues] = useState<Record<RotationSetting, number>>(() => ({
    backupKeepDaily: saved.backupKeepDaily,
    backupKeepMonthly: saved.backupKeepMonthly,
    backupWarnAfterDays: saved.backupWarnAfterDays,
  }));
  const update = useUpdateSettings();
  const submit = useSubmit({ describe: describeBackupError });
  return (
    <SaveInPlaceForm submitLabel="Save backup settings" variant="secondary" submit={submit} onSave={() => update.mutateAsync(values)}>
      {ROTATION_FIELDS.map(({ setting, label, description, range }) => (
        <NumberField
          key={setting}
          label={label}
          description={description}
          value={values[setting]}
          onChange={(value) => {
            setValues((current) => ({ ...current, [setting]: value }));
            submit.markChanged();
          }}
          decimals={0}
          bounds={{ ...range, required: true }}
          stepper
        />
      ))}
    </SaveInPlaceForm>
  );
}

export function BackupSection() {
  const status = useBackupStatus();
  const settings = useSettings();
  const chooseFolder = useChooseBackupFolder();
  const backUpNow = useBackUpNow();
  const [restoring, setRestoring] = useState(false);
  const data = status.data;
  const running = data?.running ?? null;

  return (
    <SettingsSection title="Backups">
      <p className="hint">
        A backup is an encrypted copy of the whole vault, checked after it is written. One is made on the first unlock of each day, and you can make one at any
        time. It opens with the passphrase or recovery code in use when it was made.
      </p>
      <QueryView query={status} describe={describeBackupError}>
        {(shown) => (
          <dl className="backup-facts">
            <dt>Backup folder</dt>
            <dd className="backup-folder">{shown.folder ?? 'None chosen yet'}</dd>
            <dt>Last good backup</dt>
            <dd>{shown.lastGoodAt ? formatDateTime(shown.lastGoodAt) : 'None yet'}</dd>
            {shown.lastFailure ? (
              <>
                <dt>Last failure</dt>
                <dd className="backup-failure">
                  {formatDateTime(shown.lastFailure.at)}: {shown.lastFailure.message}
                </dd>
              </>
            ) : null}
          </dl>
        )}
      </QueryView>
      <div className="actions">
        <ActionButton onPress={() => chooseFolder.mutate()} busy={chooseFolder.isPending}>
          {data?.folder ? 'Change folder…' : 'Choose folder…'}
        </ActionButton>
        <ActionButton variant="primary" onPress={() => backUpNow.mutate()} busy={backUpNow.isPending} isDisabled={!data?.folder || running !== null}>
          Back up now
        </ActionButton>
      </div>
      {running ? (
        <ProgressBar value={running.percent} className="backup-progress">
          {({ percentage }) => (
            <>
              <Label>
                {STEP_TEXT[running.step]}: {Math.round(percentage ?? 0)}%
              </Label>
              <div className="backup-progress-track">
                <div className="backup-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
              </div>
            </>
          )}
        </ProgressBar>
      ) : null}
      <div role="status" className="saved-note">
        {backUpNow.isSuccess && !running ? `Backup made and checked: ${formatDateTime(backUpNow.data.createdAt)}.` : ''}
      </div>
      <FormAlert>{backUpNow.isError ? describeBackupError(backUpNow.error) : chooseFolder.isError ? describeBackupError(chooseFolder.error) : null}</FormAlert>
      {settings.data ? <RotationForm saved={settings.data} /> : null}
      <div className="restore-entry">
        {restoring ? (
          <RestoreFlow onCancel={() => setRestoring(false)} />
        ) : (
          <ActionButton onPress={() => setRestoring(true)}>Restore from a backup…</ActionButton>
        )}
      </div>
    </SettingsSection>
  );
}
