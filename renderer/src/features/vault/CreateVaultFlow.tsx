import { useState } from 'react';
import type { RecoveryCodeShown } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { ChoosePassphraseForm } from './ChoosePassphraseForm';
import { ConfirmGroupForm } from './ConfirmGroupForm';
import { LazyRestoreFlow } from '../backups';
import { RestoreEntry } from './LockedScreen';
import { LockScreenLayout } from './LockScreenLayout';
import { RecoveryCodeCard } from './RecoveryCodeCard';
import { useVaultSession } from './vault-session';

type Step = { kind: 'passphrase' } | { kind: 'restore' } | { kind: 'show-code' | 'confirm-group'; shown: RecoveryCodeShown };

/** First start: choose a passphrase, keep the recovery code, prove it was kept. Nothing is written until then. */
export function CreateVaultFlow() {
  const { markUnlocked } = useVaultSession();
  const [step, setStep] = useState<Step>({ kind: 'passphrase' });

  switch (step.kind) {
    case 'passphrase':
      return (
        <LockScreenLayout key={step.kind} title="Create your vault">
          <p>
            Everything you record is kept in one encrypted file on this computer. Choose a passphrase to lock it. You will need it every time you open the app.
          </p>
          <ChoosePassphraseForm
            label="Passphrase"
            submitLabel="Create vault"
            onSubmit={async (passphrase) => {
              const shown = await call('vault.create', { passphrase });
              setStep({ kind: 'show-code', shown });
            }}
          />
          <RestoreEntry onPress={() => setStep({ kind: 'restore' })} />
        </LockScreenLayout>
      );
    case 'restore':
      return (
        <LockScreenLayout key={step.kind} title="Restore from a backup">
          <LazyRestoreFlow onCancel={() => setStep({ kind: 'passphrase' })} />
        </LockScreenLayout>
      );
    case 'show-code':
      return (
        <LockScreenLayout key={step.kind} title="Your recovery code" focusTitle>
          <RecoveryCodeCard recoveryCode={step.shown.recoveryCode} onKept={() => setStep({ kind: 'confirm-group', shown: step.shown })} />
        </LockScreenLayout>
      );
    case 'confirm-group':
      return (
        <LockScreenLayout key={step.kind} title="Check your recovery code">
          <ConfirmGroupForm
            confirmGroup={step.shown.confirmGroup}
            submitLabel="Confirm and open vault"
            onShowAgain={() => setStep({ kind: 'show-code', shown: step.shown })}
            onConfirm={async (group) => {
              await call('vault.confirmCreate', { group });
              markUnlocked();
            }}
          />
        </LockScreenLayout>
      );
  }
}
