import { formatDateTime } from '../../ui/time-text';
import { useState } from 'react';
import { Form, Label, RadioGroup } from '../../ui/aria-primitives';
import type { BackupSummary, MethodInput, MethodOutput } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PassphraseField } from '../../ui/PassphraseField';
import { TextInputField } from '../../ui/TextInputField';
import { useVaultSession } from '../vault';
import { COUNT_LABELS, describeBackupError } from './backup-text';
import '../../styles/choices.css';
import '../../styles/backups.css';
import { RadioOption } from '../../ui/ChoiceControls';
import type { FormSubmitEvent } from '../../ui/form-submit-event';

type Secret = MethodInput<'restore.inspect'>;
type Inspected = MethodOutput<'restore.inspect'>;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

function countsLine(counts: Record<string, number>): string {
  return [plural(counts.clients ?? 0, 'client'), plural(counts.sessions ?? 0, 'session'), plural(counts.notes ?? 0, 'note')].join(', ');
}

/** The backup beside the current vault, kind by kind. */
function Comparison({ inspected }: { inspected: Inspected }) {
  const { backup, current } = inspected;
  return (
    <table className="restore-comparison">
      <caption>What the backup holds{current ? ', beside the vault open now' : ''}</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">Backup of {formatDateTime(backup.createdAt)}</th>
          {current ? <th scope="col">Vault now</th> : null}
        </tr>
      </thead>
      <tbody>
        {COUNT_LABELS.map(([table, label]) => (
          <tr key={table}>
            <th scope="row">{label}</th>
            <td>{backup.counts[table] ?? 0}</td>
            {current ? <td>{current.counts[table] ?? 0}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Restore from a backup, from Settings or from the lock screen: choose the folder, pick a backup,
 * unlock it with the passphrase or recovery code it was made with, compare, then restore. The vault
 * open now (if any) is set aside, never deleted; the restored one opens with the secret used.
 */
export function RestoreFlow({ onCancel }: { onCancel: () => void }) {
  const { restore } = useVaultSession();
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [using, setUsing] = useState<'passphrase' | 'recoveryCode'>('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [newPassphrase, setNewPassphrase] = useState('');
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const run = async (work: () => Promise<void>) => {
    if (pending) return;
    setAlert(null);
    setPending(true);
    try {
      await work();
    } catch (error) {
      setAlert(describeBackupError(error));
    } finally {
      setPending(false);
    }
  };

  const chooseFolder = () =>
    run(async () => {
      const found = await call('restore.chooseBackup', {});
      if (found.cancelled) return;
      setBackups(found.backups);
      setChosen(found.backups[0]?.name ?? null);
      setInspected(null);
    });

  const secret = (): Secret | null => {
    if (!chosen) return null;
    return using === 'passphrase' ? { using, name: chosen, passphrase } : { using, name: chosen, recoveryCode, newPassphrase: newPassphrase || undefined };
  };

  const unlockBackup = (event: FormSubmitEvent) => {
    event.preventDefault();
    const input = secret();
    if (!input) return;
    void run(async () => {
      setInspected(await call('restore.inspect', input));
    });
  };

  const confirm = () => {
    const input = secret();
    if (!input) return;
    void run(() => restore(() => call('restore.confirm', input)));
  };

  return (
    <div className="restore-flow">
      <p>
        Choose the folder your backups are in, or one backup’s own folder. Nothing is deleted: the vault files on this computer are moved into a folder named
        “replaced-” and the date, inside the vault folder, before the backup is copied in.
      </p>
      <div className="actions">
        <ActionButton onPress={onCancel}>Cancel</ActionButton>
        <ActionButton variant={backups ? 'secondary' : 'primary'} onPress={() => void chooseFolder()} busy={pending && !backups}>
          Choose backup folder…
        </ActionButton>
      </div>
      {backups && backups.length === 0 ? <p role="status">No backups were found in that folder.</p> : null}
      {backups && backups.length > 0 && !inspected ? (
        <Form onSubmit={unlockBackup} validationBehavior="aria" className="form">
          <RadioGroup value={chosen} onChange={setChosen} className="field radio-list">
            <Label className="field-label">Backup to restore</Label>
            {backups.map((backup) => (
              <RadioOption key={backup.name} value={backup.name}>
                <span>
                  {formatDateTime(backup.createdAt)}
                  <span className="backup-detail"> · {countsLine(backup.counts)}</span>
                </span>
              </RadioOption>
            ))}
          </RadioGroup>
          <RadioGroup
            value={using}
            onChange={(value) => setUsing(value as 'passphrase' | 'recoveryCode')}
            className="field radio-list"
            orientation="horizontal"
          >
            <Label className="field-label">Unlock the backup with</Label>
            <RadioOption value="passphrase">Its passphrase</RadioOption>
            <RadioOption value="recoveryCode">Its recovery code</RadioOption>
          </RadioGroup>
          {using === 'passphrase' ? (
            <PassphraseField
              label="Backup passphrase"
              description="The passphrase in use when this backup was made."
              autoComplete="current-password"
              value={passphrase}
              onChange={setPassphrase}
              isRequired
            />
          ) : (
            <>
              <TextInputField
                label="Backup recovery code"
                description="The recovery code in use when this backup was made."
                value={recoveryCode}
                onChange={setRecoveryCode}
                isRequired
              />
              <PassphraseField
                label="New passphrase"
                description="The restored vault will open with this passphrase from now on."
                autoComplete="new-password"
                value={newPassphrase}
                onChange={setNewPassphrase}
                isRequired
              />
            </>
          )}
          <div className="actions">
            <ActionButton type="submit" variant="primary" busy={pending}>
              Unlock and check backup
            </ActionButton>
          </div>
        </Form>
      ) : null}
      {inspected ? (
        <div className="restore-confirm">
          <p role="status">The backup opened and checked out whole.</p>
          <p>
            After restoring, the vault opens with {using === 'passphrase' ? 'the passphrase you just typed' : 'the new passphrase you chose'}, and the recovery
            code is the one in use when the backup was made.
          </p>
          <Comparison inspected={inspected} />
          <div className="actions">
            <ActionButton onPress={() => setInspected(null)}>Back</ActionButton>
            <ActionButton variant="danger" onPress={confirm} busy={pending}>
              Restore this backup
            </ActionButton>
          </div>
        </div>
      ) : null}
      <FormAlert>{alert}</FormAlert>
    </div>
  );
}
