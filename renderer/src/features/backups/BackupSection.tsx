import { useState, type FormEvent } from 'react';
import { Form, ProgressBar, Label } from 'react-aria-components';
import { BACKUP_KEEP_DAILY, BACKUP_KEEP_MONTHLY, BACKUP_WARN_AFTER_DAYS } from '../../../../shared/contract/backups';
import type { Settings } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { StepperField } from '../../ui/StepperField';
import { useSettings, useUpdateSettings } from '../settings/settings-queries';
import { SettingsSection } from '../settings/SettingsSection';
import { describeBackupError, formatBackupTime } from './backup-text';
import { useBackUpNow, useBackupStatus, useChooseBackupFolder } from './backups-queries';
import { RestoreFlow } from './RestoreFlow';
import '../../styles/backups.css';

const STEP_TEXT = { copying: 'Copying the vault', verifying: 'Checking the copy', rotating: 'Removing old backups' } as const;

function RotationForm({ saved }: { saved: Settings }) {
  const [daily, setDaily] = useState(saved.backupKeepDaily);
  const [monthly, setMonthly] = useState(saved.backupKeepMonthly);
  const [warnAfter, setWarnAfter] = useState(saved.backupWarnAfterDays);
  const [done, setDone] = useState(false);
  const update = useUpdateSettings();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending || [daily, monthly, warnAfter].some(Number.isNaN)) return;
    setDone(false);
    update.mutate({ backupKeepDaily: daily, backupKeepMonthly: monthly, backupWarnAfterDays: warnAfter }, { onSuccess: () => setDone(true) });
  };
  const changed = (set: (value: number) => void) => (value: number) => {
    set(value);
    setDone(false);
  };
  return (
    <Form onSubmit={submit} validationBehavior="aria" className="form">
      <StepperField
        label="Daily backups to keep"
        description="The newest backup of each of this many days."
        value={daily}
        onChange={changed(setDaily)}
        minValue={BACKUP_KEEP_DAILY.min}
        maxValue={BACKUP_KEEP_DAILY.max}
      />
      <StepperField
        label="Monthly backups to keep"
        description="The newest backup of each of this many months."
        value={monthly}
        onChange={changed(setMonthly)}
        minValue={BACKUP_KEEP_MONTHLY.min}
        maxValue={BACKUP_KEEP_MONTHLY.max}
      />
      <StepperField
        label="Warn when the last backup is older than (days)"
        description="The client list says so when the last good backup is older than this."
        value={warnAfter}
        onChange={changed(setWarnAfter)}
        minValue={BACKUP_WARN_AFTER_DAYS.min}
        maxValue={BACKUP_WARN_AFTER_DAYS.max}
      />
      <div className="actions">
        <ActionButton type="submit" variant="secondary" busy={update.isPending}>
          Save backup settings
        </ActionButton>
        <span role="status" className="saved-note">
          {done ? 'Saved.' : ''}
        </span>
      </div>
      <FormAlert>{update.isError ? describeBackupError(update.error) : null}</FormAlert>
    </Form>
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
        A backup is an encrypted copy of the whole vault, checked after it is written. One is made on the first unlock of each day, and you can make
        one at any time. It opens with the passphrase or recovery code in use when it was made.
      </p>
      {data ? (
        <dl className="backup-facts">
          <dt>Backup folder</dt>
          <dd className="backup-folder">{data.folder ?? 'None chosen yet'}</dd>
          <dt>Last good backup</dt>
          <dd>{data.lastGoodAt ? formatBackupTime(data.lastGoodAt) : 'None yet'}</dd>
          {data.lastFailure ? (
            <>
              <dt>Last failure</dt>
              <dd className="backup-failure">
                {formatBackupTime(data.lastFailure.at)}: {data.lastFailure.message}
              </dd>
            </>
          ) : null}
        </dl>
      ) : status.isError ? (
        <FormAlert>{describeBackupError(status.error)}</FormAlert>
      ) : (
        <p className="loading">Loading…</p>
      )}
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
        {backUpNow.isSuccess && !running ? `Backup made and checked: ${formatBackupTime(backUpNow.data.createdAt)}.` : ''}
      </div>
      <FormAlert>
        {backUpNow.isError ? describeBackupError(backUpNow.error) : chooseFolder.isError ? describeBackupError(chooseFolder.error) : null}
      </FormAlert>
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
