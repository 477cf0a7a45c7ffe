import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { isRpcError } from '../../../../shared/contract/errors';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { TextInputField } from '../../ui/TextInputField';
import { FIELD_LIMITS } from '../../../../shared/contract';

interface ConfirmGroupFormProps {
  confirmGroup: number;
  /** Resolves when the group matched; rejects with WRONG_SECRET when it did not. */
  onConfirm(group: string): Promise<void>;
  onShowAgain(): void;
  submitLabel: string;
  /** E.g. "Cancel": sits before the other buttons. */
  secondaryAction?: ReactNode;
}

/** Asks back one group of the recovery code: proof that it was written down before it becomes the only way in. */
export function ConfirmGroupForm({ confirmGroup, onConfirm, onShowAgain, submitLabel, secondaryAction }: ConfirmGroupFormProps) {
  const [group, setGroup] = useState('');
  const { errors, setErrors, clearError } = useFieldErrors<'group'>();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    if (group.trim() === '') {
      setErrors({ group: `Type group ${confirmGroup} of the code.` });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      await onConfirm(group);
    } catch (error) {
      if (isRpcError(error, 'WRONG_SECRET')) {
        setErrors({ group: `That is not group ${confirmGroup}. Choose “Show code again” and compare.` });
        inputRef.current?.focus();
      } else {
        setAlert(describeError(error, { CONFLICT: 'This code is no longer waiting to be confirmed (the app may have restarted). Start again.' }));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
      <p>Type group {confirmGroup} from the code you wrote down, to be sure it is right.</p>
      <TextInputField
        name="group"
        label={`Group ${confirmGroup} of your recovery code`}
        value={group}
        onChange={(value) => {
          setGroup(value);
          clearError('group');
        }}
        inputRef={inputRef}
        autoFocus
        isRequired
        maxLength={FIELD_LIMITS.recoveryGroup}
        autoComplete="off"
        className="field-short"
      />
      <FormAlert>{alert}</FormAlert>
      <div className="actions">
        {secondaryAction}
        <ActionButton onPress={onShowAgain}>Show code again</ActionButton>
        <ActionButton type="submit" variant="primary" busy={pending}>
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}
