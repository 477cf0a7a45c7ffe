import { useState, type ReactNode } from 'react';
import { ProgressBar } from '../../ui/aria-primitives';
import type { RecoveryCodeShown } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { PassphraseForm } from '../../ui/PassphraseForm';
import { ConfirmGroupForm, RecoveryCodeCard } from '../vault';

type Step = { kind: 'ask-passphrase' | 'done' } | { kind: 'show-code' | 'confirm-group'; shown: RecoveryCodeShown & { databaseBytes?: number } };

export interface NewSecretFlowProps {
  intro: ReactNode;
  submitLabel: string;
  confirmLabel: string;
  doneMessage: string;
  begin: (passphrase: string) => Promise<RecoveryCodeShown & { databaseBytes?: number }>;
  confirm: (group: string) => Promise<void>;
  /** While `confirm` runs (re-encrypting can take a while): what is happening and how long it may take. */
  workingLabel?: (shown: RecoveryCodeShown & { databaseBytes?: number }) => string;
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
            <PassphraseForm
              label="Passphrase, to confirm it is you"
              submitLabel={submitLabel}
              emptyMessage="Type your current passphrase."
              wrongMessage="That is not your current passphrase."
              onSubmit={async (passphrase) => {
                const shown = await begin(passphrase);
                setStep({ kind: 'show-code', shown });
              }}
            />
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
