import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcCallError } from '../../rpc/rpc-call-error';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { lockSettled } from './lock-in-progress';
import { useVaultSession } from './vault-session';

export function UnlockForm({ onForgot }: { onForgot(): void }) {
  const { markUnlocked } = useVaultSession();
  const [passphrase, setPassphrase] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'passphrase'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    if (passphrase === '') {
      setErrors({ passphrase: 'Type your passphrase.' });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      await lockSettled();
      await call('vault.unlock', { passphrase });
      markUnlocked();
    } catch (error) {
      if (isRpcCallError(error, 'WRONG_SECRET')) {
        setPassphrase('');
        setErrors({ passphrase: 'That passphrase did not unlock the vault. Check Caps Lock and try again.' });
        inputRef.current?.focus();
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
        <ActionButton variant="quiet" onPress={onForgot}>
          Forgot passphrase?
        </ActionButton>
        <ActionButton type="submit" variant="primary" busy={pending}>
          Unlock
        </ActionButton>
      </div>
    </Form>
  );
}
