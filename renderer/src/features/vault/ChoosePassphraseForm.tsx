import { useRef, useState, type ReactNode } from 'react';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSubmit } from '../../ui/use-submit';
import { newPassphraseProblems } from './new-passphrase-problems';
import { NewPassphraseFields } from './NewPassphraseFields';
import { estimateWhenReady, usePassphraseStrength } from './use-passphrase-strength';

interface ChoosePassphraseFormProps {
  label: string;
  submitLabel: string;
  onSubmit: (passphrase: string) => Promise<void>;
  /** E.g. "Back": sits before the submit button. */
  secondaryAction?: ReactNode;
}

/** Choosing a passphrase (new vault, or after recovery): refuses a weak one before anything is sent. */
export function ChoosePassphraseForm({ label, submitLabel, onSubmit, secondaryAction }: ChoosePassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const check = usePassphraseStrength(passphrase);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const choosing = useSubmit<'passphrase' | 'confirm'>({
    fieldRefs: { passphrase: passphraseRef, confirm: confirmRef },
    fieldCodes: { INVALID: { field: 'passphrase', message: (error) => error.message || 'Choose a stronger passphrase.' } },
  });

  const submit = () =>
    void choosing.run(async () => {
      if (choosing.showProblems(newPassphraseProblems(passphrase, confirm, await estimateWhenReady(passphrase)))) return;
      await onSubmit(passphrase);
    });

  return (
    <SubmitForm submitLabel={submitLabel} {...choosing.formProps} onSubmit={submit} otherActions={secondaryAction}>
      <NewPassphraseFields
        label={label}
        passphrase={passphrase}
        confirm={confirm}
        onPassphraseChange={choosing.bind('passphrase', setPassphrase).onChange}
        onConfirmChange={choosing.bind('confirm', setConfirm).onChange}
        check={check}
        autoFocus
        passphraseRef={passphraseRef}
        confirmRef={confirmRef}
      />
    </SubmitForm>
  );
}
