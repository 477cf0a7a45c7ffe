import { useRef, useState, type ReactNode } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { isRpcError } from '../../../shared/contract/errors';
import { PassphraseField } from './PassphraseField';
import { SubmitForm } from './SubmitForm';
import { useSubmit } from './use-submit';

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
  /** The submit button is off (a wait main imposed); the field stays editable. */
  submitDisabled?: boolean;
  /** Shown under the field, e.g. how long until the next try. */
  children?: ReactNode;
  onSubmit: (passphrase: string) => Promise<void>;
}

/** One passphrase field and a button: empty and wrong passphrases said on the field, anything else above the buttons. */
export function PassphraseForm({
  label,
  submitLabel,
  emptyMessage,
  wrongMessage,
  clearWhenWrong = false,
  autoFocus = false,
  errorOverrides,
  secondaryAction,
  submitDisabled,
  children,
  onSubmit,
}: PassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const submitting = useSubmit<'passphrase'>({
    fieldRefs: { passphrase: inputRef },
    fieldCodes: { WRONG_SECRET: { field: 'passphrase', message: wrongMessage } },
    errorOverrides,
  });

  const submit = () => {
    if (submitting.showProblems({ passphrase: passphrase === '' ? emptyMessage : undefined })) return;
    void submitting.run(async () => {
      try {
        await onSubmit(passphrase);
      } catch (error) {
        if (clearWhenWrong && isRpcError(error, 'WRONG_SECRET')) setPassphrase('');
        throw error;
      }
    });
  };

  return (
    <SubmitForm submitLabel={submitLabel} {...submitting.formProps} submitDisabled={submitDisabled} onSubmit={submit} otherActions={secondaryAction}>
      <PassphraseField
        label={label}
        autoComplete="current-password"
        value={passphrase}
        {...submitting.bind('passphrase', setPassphrase)}
        inputRef={inputRef}
        autoFocus={autoFocus}
        isRequired
      />
      {children}
    </SubmitForm>
  );
}
