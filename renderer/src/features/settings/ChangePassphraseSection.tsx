import { useRef, useState } from 'react';
import { call } from '../../rpc/call';
import { PassphraseField } from '../../ui/PassphraseField';
import { SubmitForm } from '../../ui/SubmitForm';
import { useSubmit } from '../../ui/use-submit';
import { newPassphraseProblems, NewPassphraseFields, estimateWhenReady, usePassphraseStrength } from '../vault';
import { SettingsSection } from '../../ui/SettingsSection';

/** Form state lives in a child that is remounted after a change, so every field empties at once. */
function ChangePassphraseForm({ onChanged }: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const check = usePassphraseStrength(passphrase);
  const currentRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const changing = useSubmit<'current' | 'passphrase' | 'confirm'>({
    fieldRefs: { current: currentRef, passphrase: passphraseRef, confirm: confirmRef },
    fieldCodes: {
      WRONG_SECRET: { field: 'current', message: 'That is not your current passphrase.' },
      INVALID: { field: 'passphrase', message: (error) => error.message || 'Choose a stronger passphrase.' },
    },
  });

  const submit = () =>
    void changing.run(async () => {
      const problems = {
        current: current === '' ? 'Type your current passphrase.' : undefined,
        ...newPassphraseProblems(passphrase, confirm, await estimateWhenReady(passphrase)),
      };
      if (changing.showProblems(problems)) return;
      await call('vault.changePassphrase', { currentPassphrase: current, newPassphrase: passphrase });
      onChanged();
    });

  return (
    <SubmitForm submitLabel="Change passphrase" {...changing.formProps} onSubmit={submit}>
      <PassphraseField
        label="Current passphrase"
        autoComplete="current-password"
        value={current}
        {...changing.bind('current', setCurrent)}
        inputRef={currentRef}
        isRequired
      />
      <NewPassphraseFields
        label="New passphrase"
        passphrase={passphrase}
        confirm={confirm}
        onPassphraseChange={changing.bind('passphrase', setPassphrase).onChange}
        onConfirmChange={changing.bind('confirm', setConfirm).onChange}
        check={check}
        passphraseRef={passphraseRef}
        confirmRef={confirmRef}
      />
    </SubmitForm>
  );
}

export function ChangePassphraseSection() {
  const [changes, setChanges] = useState(0);
  return (
    <SettingsSection title="Passphrase">
      <p>
        Changing it does not touch your records; only the lock on them changes. Your recovery code keeps working. The old passphrase still opens older backups
        and any other copy of the vault made before the change.
      </p>
      <p role="status" className="saved-note">
        {changes > 0 ? 'Passphrase changed. Use the new one next time you unlock.' : ''}
      </p>
      <ChangePassphraseForm key={changes} onChanged={() => setChanges((count) => count + 1)} />
    </SettingsSection>
  );
}
