import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import type { RecoveryCodeShown } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { describeError } from '../../rpc/error-message';
import { isRpcCallError } from '../../rpc/rpc-call-error';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { PassphraseField } from '../../ui/PassphraseField';
import { ConfirmGroupForm } from '../vault/ConfirmGroupForm';
import { RecoveryCodeCard } from '../vault/RecoveryCodeCard';
import { SettingsSection } from './SettingsSection';

type Step = { kind: 'ask-passphrase' | 'done' } | { kind: 'show-code' | 'confirm-group'; shown: RecoveryCodeShown };

function AskPassphraseForm({ onBegun }: { onBegun(shown: RecoveryCodeShown): void }) {
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
      setErrors({ passphrase: 'Type your current passphrase.' });
      inputRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      onBegun(await call('vault.beginRecoveryCodeRotation', { passphrase }));
    } catch (error) {
      if (isRpcCallError(error, 'WRONG_SECRET')) {
        setErrors({ passphrase: 'That is not your current passphrase.' });
        inputRef.current?.focus();
      } else {
        setAlert(describeError(error));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
      <PassphraseField
        name="passphrase"
        label="Passphrase, to confirm it is you"
        autoComplete="current-password"
        value={passphrase}
        onChange={(value) => {
          setPassphrase(value);
          clearError('passphrase');
        }}
        inputRef={inputRef}
        isRequired
      />
      <FormAlert>{alert}</FormAlert>
      <div className="actions">
        <ActionButton type="submit" variant="primary" busy={pending}>
          Make a new recovery code
        </ActionButton>
      </div>
    </Form>
  );
}

/** Replacing the recovery code: the new one only takes over (and the old one stops working) once a group is typed back. */
export function RecoveryCodeSection() {
  const [step, setStep] = useState<Step>({ kind: 'ask-passphrase' });
  // Until a group is typed back, the current code stays the one that works.
  const cancel = (
    <ActionButton variant="quiet" onPress={() => setStep({ kind: 'ask-passphrase' })}>
      Keep the current code
    </ActionButton>
  );

  const body = () => {
    switch (step.kind) {
      case 'ask-passphrase':
      case 'done':
        return (
          <>
            <p>If you lost your recovery code, or someone else may have seen it, make a new one. The old code stops working.</p>
            <AskPassphraseForm onBegun={(shown) => setStep({ kind: 'show-code', shown })} />
          </>
        );
      case 'show-code':
        return (
          <RecoveryCodeCard
            recoveryCode={step.shown.recoveryCode}
            onKept={() => setStep({ kind: 'confirm-group', shown: step.shown })}
            focusCode
            secondaryAction={cancel}
          />
        );
      case 'confirm-group':
        return (
          <ConfirmGroupForm
            confirmGroup={step.shown.confirmGroup}
            submitLabel="Confirm new code"
            secondaryAction={cancel}
            onShowAgain={() => setStep({ kind: 'show-code', shown: step.shown })}
            onConfirm={async (group) => {
              await call('vault.confirmRecoveryCodeRotation', { group });
              setStep({ kind: 'done' });
            }}
          />
        );
    }
  };

  return (
    <SettingsSection title="Recovery code">
      <p role="status" className="saved-note">
        {step.kind === 'done' ? 'New recovery code saved. The old one no longer works.' : ''}
      </p>
      {body()}
    </SettingsSection>
  );
}
