import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import type { ErrorCode } from '../../../shared/contract';
import { describeError } from '../rpc/error-message';
import { isRpcError } from '../../../shared/contract/errors';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';
import { PassphraseField } from './PassphraseField';
import { useFieldErrors } from './use-field-errors';

interface PassphraseFormProps {
  label: string;
  submitLabel: string;
  /** Said on the field when it is submitted empty. */
  emptyMessage: string;
  /** Said on the field when main answers WRONG_SECRET. */
  wrongMessage: string;
  /** Empties the field after a wrong passphrase (unlocking), so the next try starts clean. */
  clearWhenWrong?: boolean;
  autoFocus?: boolean;
  /** Sentences for other codes, where this screen can say more than the general one. */
  errorOverrides?: Partial<Record<ErrorCode, string>>;
  /** E.g. "Forgot passphrase?": sits before the submit button. */
  secondaryAction?: ReactNode;
  onSubmit(passphrase: string): Promise<void>;
}

/** One passphrase field and a button: empty and wrong passphrases said on the field, anything else above the buttons. */
export function PassphraseForm({ label, submitLabel, emptyMessage, wrongMessage, clearWhenWrong = false, autoFocus = false, errorOverrides, secondaryAction, onSubmit }: PassphraseFormProps) {
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
      setErrors({ passphrase: emptyMessage });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      await onSubmit(passphrase);
    } catch (error) {
      if (isRpcError(error, 'WRONG_SECRET')) {
        if (clearWhenWrong) setPassphrase('');
        setErrors({ passphrase: wrongMessage });
        inputRef.current?.focus();
      } else {
        setAlert(describeError(error, errorOverrides));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
      <PassphraseField
        name="passphrase"
        label={label}
        autoComplete="current-password"
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          clearError('passphrase');
        }}
        inputRef={inputRef}
        autoFocus={autoFocus}
        isRequired
      />
      <FormAlert>{alert}</FormAlert>
      <div className="actions">
        {secondaryAction}
        <ActionButton type="submit" variant="primary" busy={pending}>
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}
