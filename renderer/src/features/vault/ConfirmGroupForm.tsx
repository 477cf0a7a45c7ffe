import { useRef, useState, type ReactNode } from 'react';
import { ActionButton } from '../../ui/ActionButton';
import { SubmitForm } from '../../ui/SubmitForm';
import { TextInputField } from '../../ui/TextInputField';
import { FIELD_LIMITS } from '../../../../shared/contract';
import { useSubmit } from '../../ui/use-submit';

interface ConfirmGroupFormProps {
  confirmGroup: number;
  /** Resolves when the group matched; rejects with WRONG_SECRET when it did not. */
  onConfirm: (group: string) => Promise<void>;
  onShowAgain: () => void;
  submitLabel: string;
  /** E.g. "Cancel": sits before the other buttons. */
  secondaryAction?: ReactNode;
}

/** Asks back one group of the recovery code: proof that it was written down before it becomes the only way in. */
export function ConfirmGroupForm({ confirmGroup, onConfirm, onShowAgain, submitLabel, secondaryAction }: ConfirmGroupFormProps) {
  const [group, setGroup] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const confirming = useSubmit<'group'>({
    fieldRefs: { group: inputRef },
    fieldCodes: { WRONG_SECRET: { field: 'group', message: `That is not group ${confirmGroup}. Choose “Show code again” and compare.` } },
    errorOverrides: { CONFLICT: 'This code is no longer waiting to be confirmed (the app may have restarted). Start again.' },
  });

  const submit = () => {
    if (confirming.showProblems({ group: group.trim() === '' ? `Type group ${confirmGroup} of the code.` : undefined })) return;
    void confirming.run(() => onConfirm(group));
  };

  return (
    <SubmitForm
      submitLabel={submitLabel}
      {...confirming.formProps}
      onSubmit={submit}
      otherActions={
        <>
          {secondaryAction}
          <ActionButton onPress={onShowAgain}>Show code again</ActionButton>
        </>
      }
    >
      <p>Type group {confirmGroup} from the code you wrote down, to be sure it is right.</p>
      <TextInputField
        label={`Group ${confirmGroup} of your recovery code`}
        value={group}
        {...confirming.bind('group', setGroup)}
        inputRef={inputRef}
        autoFocus
        isRequired
        maxLength={FIELD_LIMITS.recoveryGroup}
        autoComplete="off"
        className="field-short"
      />
    </SubmitForm>
  );
}
