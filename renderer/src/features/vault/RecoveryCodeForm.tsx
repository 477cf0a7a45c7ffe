import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { normalizeRecoveryCode } from '../../../../shared/vault/recovery-code';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcError } from '../../../../shared/contract/errors';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { TextInputField } from '../../ui/TextInputField';

interface RecoveryCodeFormProps {
  onVerified(recoveryCode: string): void;
  onBack(): void;
}

/** First half of recovery: check the code before asking for a new passphrase, so a typo is caught early. */
export function RecoveryCodeForm({ onVerified, onBack }: RecoveryCodeFormProps) {
  const [code, setCode] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'recoveryCode'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const refuse = (message: string) => {
    setErrors({ recoveryCode: message });
    inputRef.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    const recoveryCode = normalizeRecoveryCode(code);
    if (!recoveryCode) {
      refuse('A recovery code has 28 letters and digits, in 7 groups of 4.');
      return;
    }
    setPending(true);
    try {
      await call('vault.verifyRecoveryCode', { recoveryCode });
      onVerified(recoveryCode);
    } catch (error) {
      if (isRpcError(error, 'WRONG_SECRET')) refuse('This code does not open this vault. Check each group and try again.');
      else setAlert(describeError(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
      <p>Type the recovery code you wrote down when you created the vault (or the newest one, if you made a new code since).</p>
      <TextInputField
        name="recoveryCode"
        label="Recovery code"
        description="Dashes, spaces and capitals do not matter."
        placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        value={code}
        onChange={(value) => {
          setCode(value);
          clearError('recoveryCode');
        }}
        inputRef={inputRef}
        autoFocus
        isRequired
        autoComplete="off"
        className="field-code"
      />
      <FormAlert>{alert}</FormAlert>
      <div className="actions">
        <ActionButton onPress={onBack}>Back to unlock</ActionButton>
        <ActionButton type="submit" variant="primary" busy={pending}>
          Continue
        </ActionButton>
      </div>
    </Form>
  );
}
