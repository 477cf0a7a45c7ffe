import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Form, ProgressBar } from 'react-aria-components';
import type { RecoveryCodeShown } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { isRpcCallError } from '../../rpc/rpc-call-error';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { PassphraseField } from '../../ui/PassphraseField';
import { useFieldErrors } from '../../ui/use-field-errors';
import { ConfirmGroupForm } from '../vault/ConfirmGroupForm';
import { RecoveryCodeCard } from '../vault/RecoveryCodeCard';

type Step = { kind: 'ask-passphrase' | 'done' } | { kind: 'show-code' | 'confirm-group'; shown: RecoveryCodeShown & { databaseBytes?: number } };

export interface NewSecretFlowProps {
  intro: ReactNode;
  submitLabel: string;
  confirmLabel: string;
  doneMessage: string;
  begin(passphrase: string): Promise<RecoveryCodeShown & { databaseBytes?: number }>;
  confirm(group: string): Promise<void>;
  /** While `confirm` runs (re-encrypting can take a while): what is happening and how long it may take. */
  workingLabel?(shown: RecoveryCodeShown & { databaseBytes?: number }): string;
}

function AskPassphraseForm({ submitLabel, begin, onBegun }: { submitLabel: string; begin: NewSecretFlowProps['begin']; onBegun(shown: RecoveryCodeShown): void }) {
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
      onBegun(await begin(passphrase));
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
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}

/**
 * Passphrase, then a new recovery code shown once, then one group typed back: only then does main
 * write anything. Used for a new recovery code and for a key rotation (which also makes one).
 */
export function NewSecretFlow({ intro, submitLabel, confirmLabel, doneMessage, begin, confirm, workingLabel }: NewSecretFlowProps) {
  const [step, setStep] = useState<Step>({ kind: 'ask-passphrase' });
  const [working, setWorking] = useState<string | null>(null);
  // Until a group is typed back, the current secrets stay the ones that work.
  const cancel = (
    <ActionButton variant="quiet" onPress={() => setStep({ kind: 'ask-passphrase' })}>
      Keep things as they are
    </ActionButton>
  );

  const body = () => {
    switch (step.kind) {
      case 'ask-passphrase':
      case 'done':
        return (
          <>
            {intro}
            <AskPassphraseForm submitLabel={submitLabel} begin={begin} onBegun={(shown) => setStep({ kind: 'show-code', shown })} />
          </>
        );
      case 'show-code':
        return <RecoveryCodeCard recoveryCode={step.shown.recoveryCode} onKept={() => setStep({ kind: 'confirm-group', shown: step.shown })} focusCode secondaryAction={cancel} />;
      case 'confirm-group':
        return (
          <>
            {working ? <ProgressBar isIndeterminate aria-label={working} className="progress-bar progress-indeterminate" /> : null}
            <ConfirmGroupForm
              confirmGroup={step.shown.confirmGroup}
              submitLabel={confirmLabel}
              secondaryAction={cancel}
              onShowAgain={() => setStep({ kind: 'show-code', shown: step.shown })}
              onConfirm={async (group) => {
                setWorking(workingLabel?.(step.shown) ?? null);
                try {
                  await confirm(group);
                  setStep({ kind: 'done' });
                } finally {
                  setWorking(null);
                }
              }}
            />
          </>
        );
    }
  };

  return (
    <>
      <p role="status" className="saved-note">
        {step.kind === 'done' ? doneMessage : (working ?? '')}
      </p>
      {body()}
    </>
  );
}
