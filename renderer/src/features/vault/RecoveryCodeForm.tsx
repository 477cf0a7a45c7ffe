import { useRef, useState } from 'react';
import { normalizeRecoveryCode } from '../../../../shared/vault/recovery-code';
import { call } from '../../rpc/call';
import { ActionButton } from '../../ui/ActionButton';
import { SubmitForm } from '../../ui/SubmitForm';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { TryWaitNotice } from './TryWaitNotice';
import type { TryWait } from './use-try-wait';

interface RecoveryCodeFormProps {
  onVerified: (recoveryCode: string) => void;
  onBack: () => void;
  /** Shared with the passphrase form: one count of wrong tries for both. */
  wait: TryWait;
}

/** First half of recovery: check the code before asking for a new passphrase, so a typo is caught early. */
export function RecoveryCodeForm({ onVerified, onBack, wait }: RecoveryCodeFormProps) {
  const [code, setCode] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const verifying = useSubmit<'recoveryCode'>({
    fieldRefs: { recoveryCode: inputRef },
    fieldCodes: { WRONG_SECRET: { field: 'recoveryCode', message: 'This code does not open this vault. Check each group and try again.' } },
  });

  const submit = () => {
    const recoveryCode = normalizeRecoveryCode(code);
    if (!recoveryCode) {
      verifying.showProblems({ recoveryCode: 'A recovery code has 28 letters and digits, in 7 groups of 4.' });
      return;
    }
    void verifying.run(async () => {
      if (await wait.attempt(() => call('vault.verifyRecoveryCode', { recoveryCode }))) onVerified(recoveryCode);
    });
  };

  return (
    <SubmitForm
      submitLabel="Continue"
      {...verifying.formProps}
      submitDisabled={wait.until !== null}
      onSubmit={submit}
      otherActions={<ActionButton onPress={onBack}>Back to unlock</ActionButton>}
    >
      <p>Type the recovery code you wrote down when you created the vault (or the newest one, if you made a new code since).</p>
      <TextInputField
        label="Recovery code"
        description="Dashes, spaces and capitals do not matter."
        placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        value={code}
        {...verifying.bind('recoveryCode', setCode)}
        inputRef={inputRef}
        autoFocus
        isRequired
        autoComplete="off"
        className="field-code"
      />
      <TryWaitNotice wait={wait} />
    </SubmitForm>
  );
}
