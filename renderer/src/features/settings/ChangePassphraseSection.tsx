import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcError } from '../../../../shared/contract/errors';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { hasProblems, newPassphraseProblems } from '../vault/new-passphrase-problems';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { estimateWhenReady, usePassphraseStrength } from '../vault/use-passphrase-strength';
import { SettingsSection } from './SettingsSection';

/** Form state lives in a child that is remounted after a change, so every field empties at once. */
function ChangePassphraseForm({ onChanged }: { onChanged(): void }) {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'current' | 'passphrase' | 'confirm'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = usePassphraseStrength(passphrase);
  const currentRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    setPending(true);
    try {
      const problems = {
        ...(current === '' ? { current: 'Type your current passphrase.' } : {}),
        ...newPassphraseProblems(passphrase, confirm, await estimateWhenReady(passphrase)),
      };
      setErrors(problems);
      if (hasProblems(problems)) {
        (problems.current ? currentRef : problems.passphrase ? passphraseRef : confirmRef).current?.focus();
        return;
      }
      await call('vault.changePassphrase', { currentPassphrase: current, newPassphrase: passphrase });
      onChanged();
    } catch (error) {
      if (isRpcError(error, 'WRONG_SECRET')) {
        setErrors({ current: 'That is not your current passphrase.' });
        currentRef.current?.focus();
      } else if (isRpcError(error, 'INVALID')) {
        setErrors({ passphrase: error.message || 'Choose a stronger passphrase.' });
        passphraseRef.current?.focus();
      } else {
        setAlert(describeError(error));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
      <PassphraseField
        name="current"
        label="Current passphrase"
        autoComplete="current-password"
        value={current}
        onChange={(value) => {
          setCurrent(value);
          clearError('current');
        }}
        inputRef={currentRef}
        isRequired
      />
      <NewPassphraseFields
        label="New passphrase"
        passphrase={passphrase}
        confirm={confirm}
        onPassphraseChange={(value) => {
          setPassphrase(value);
          clearError('passphrase');
        }}
        onConfirmChange={(value) => {
          setConfirm(value);
          clearError('confirm');
        }}
        check={check}
        passphraseRef={passphraseRef}
        confirmRef={confirmRef}
      />
      <FormAlert>{alert}</FormAlert>
      <div className="actions">
        <ActionButton type="submit" variant="primary" busy={pending}>
          Change passphrase
        </ActionButton>
      </div>
    </Form>
  );
}

export function ChangePassphraseSection() {
  const [changes, setChanges] = useState(0);
  return (
    <SettingsSection title="Passphrase">
      <p>
        Changing it does not touch your records; only the lock on them changes. Your recovery code keeps working. The old passphrase still opens
        older backups and any other copy of the vault made before the change.
      </p>
      <p role="status" className="saved-note">
        {changes > 0 ? 'Passphrase changed. Use the new one next time you unlock.' : ''}
      </p>
      <ChangePassphraseForm key={changes} onChanged={() => setChanges((count) => count + 1)} />
    </SettingsSection>
  );
}
