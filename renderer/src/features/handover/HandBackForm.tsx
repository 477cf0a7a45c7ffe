import { useRef, useState, type ReactNode } from 'react';
import { PassphraseField } from '../../ui/PassphraseField';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSubmit } from '../../ui/use-submit';
import { useEndHandover } from './handover-queries';

/**
 * The therapist takes the screen back with the hand-over PIN or the passphrase, in one field: a
 * PIN is digits only and a passphrase never is, so main tells them apart. Main's own sentence
 * says what went wrong (a wrong PIN, too many wrong PINs, no PIN set); it never holds record content.
 */
export function HandBackForm({ otherActions }: { otherActions?: ReactNode }) {
  const [secret, setSecret] = useState('');
  const secretRef = useRef<HTMLInputElement>(null);
  const end = useEndHandover();
  const ending = useSubmit<'secret'>({
    fieldRefs: { secret: secretRef },
    fieldCodes: { WRONG_SECRET: { field: 'secret', message: (error) => error.message } },
  });

  const submit = () =>
    void ending.run(async () => {
      if (ending.showProblems({ secret: secret === '' ? 'Type the hand-over PIN or your passphrase.' : undefined })) return;
      await end.mutateAsync({ secret });
    });

  return (
    <SubmitForm submitLabel="Take the screen back" {...ending.formProps} onSubmit={submit} otherActions={otherActions} className="handover-hand-back">
      <PassphraseField
        label="Therapist's PIN or passphrase"
        autoComplete="current-password"
        value={secret}
        {...ending.bind('secret', setSecret)}
        inputRef={secretRef}
        isRequired
      />
    </SubmitForm>
  );
}
