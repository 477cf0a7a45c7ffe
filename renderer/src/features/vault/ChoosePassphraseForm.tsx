import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { describeError } from '../../rpc/error-message';
import { isRpcError } from '../../../../shared/contract/errors';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { hasProblems, newPassphraseProblems } from './new-passphrase-problems';
import { NewPassphraseFields } from './NewPassphraseFields';
import { estimateWhenReady, usePassphraseStrength } from './use-passphrase-strength';

interface ChoosePassphraseFormProps {
  label: string;
  submitLabel: string;
  onSubmit(passphrase: string): Promise<void>;
  /** E.g. "Back": sits before the submit button. */
  secondaryAction?: ReactNode;
}

/** Choosing a passphrase (new vault, or after recovery): refuses a weak one before anything is sent. */
export function ChoosePassphraseForm({ label, submitLabel, onSubmit, secondaryAction }: ChoosePassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'passphrase' | 'confirm'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const check = usePassphraseStrength(passphrase);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    setPending(true);
    try {
      const problems = newPassphraseProblems(passphrase, confirm, await estimateWhenReady(passphrase));
      setErrors(problems);
      if (hasProblems(problems)) {
        (problems.passphrase ? passphraseRef : confirmRef).current?.focus();
        return;
      }
      await onSubmit(passphrase);
    } catch (error) {
      if (isRpcError(error, 'INVALID')) {
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
      <NewPassphraseFields
        label={label}
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
        autoFocus
        passphraseRef={passphraseRef}
        confirmRef={confirmRef}
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
