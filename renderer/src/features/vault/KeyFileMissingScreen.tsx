import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcCallError } from '../../rpc/rpc-call-error';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PassphraseField } from '../../ui/PassphraseField';
import { useFieldErrors } from '../../ui/use-field-errors';
import { LazyRestoreFlow as RestoreFlow } from '../backups/LazyRestoreFlow';
import { RestoreEntry } from './LockedScreen';
import { LockScreenLayout } from './LockScreenLayout';
import { useVaultSession } from './vault-session';

/**
 * The records are here (kap.db) but every copy of the key file is gone. Never offers to create a
 * vault over them: it says what is missing and how to bring a copy of the key file back.
 */
export function KeyFileMissingScreen() {
  const { markUnlocked } = useVaultSession();
  const [passphrase, setPassphrase] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'passphrase'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const [restoring, setRestoring] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    if (passphrase === '') {
      setErrors({ passphrase: 'Type the passphrase that went with that key file.' });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      const { adopted } = await call('vault.adoptKeyFile', { passphrase });
      if (adopted) markUnlocked();
    } catch (error) {
      if (isRpcCallError(error, 'WRONG_SECRET')) {
        setErrors({ passphrase: 'That passphrase does not open the key file in that folder.' });
        inputRef.current?.focus();
      } else {
        setAlert(describeError(error, { NOT_FOUND: 'That folder holds no readable vault.json. Choose the folder of a backup, or the one holding your copy.' }));
      }
    } finally {
      setPending(false);
    }
  };

  if (restoring) {
    return (
      <LockScreenLayout title="Restore from a backup">
        <RestoreFlow onCancel={() => setRestoring(false)} />
      </LockScreenLayout>
    );
  }

  return (
    <LockScreenLayout title="The vault’s key file is missing">
      <p>
        Your records are still in this vault folder, encrypted, but its key file (<code>vault.json</code>) and the copy kept beside it are gone.
        Without one of them the records cannot be opened. Nothing has been changed.
      </p>
      <p>
        Any backup folder holds a copy of the key file. Choose that folder (or another place you keep a copy) and type the passphrase that went
        with it. Or restore a whole backup: the records here are set aside, never deleted.
      </p>
      <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
        <PassphraseField
          name="passphrase"
          label="Passphrase"
          autoComplete="current-password"
          value={passphrase}
          onChange={(value) => {
            setPassphrase(value);
            clearError('passphrase');
          }}
          inputRef={inputRef}
          autoFocus
          isRequired
        />
        <FormAlert>{alert}</FormAlert>
        <div className="actions">
          <ActionButton type="submit" variant="primary" busy={pending}>
            Choose the key file’s folder…
          </ActionButton>
        </div>
      </Form>
      <RestoreEntry onPress={() => setRestoring(true)} />
    </LockScreenLayout>
  );
}
