import { useState } from 'react';
import type { LockReason } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { ActionButton } from '../../ui/ActionButton';
import { LazyRestoreFlow } from '../backups';
import { LockedSessionClock, wasSessionInProgress } from '../sessions';
import { ChoosePassphraseForm } from './ChoosePassphraseForm';
import { lockNotice } from './lock-notice';
import { lockSettled } from './lock-in-progress';
import { LockScreenLayout } from './LockScreenLayout';
import { RecoveryCodeForm } from './RecoveryCodeForm';
import { UnlockForm } from './UnlockForm';
import { useTryWait } from './use-try-wait';
import { useVaultSession } from './vault-session';

type Step = { kind: 'unlock' } | { kind: 'restore' } | { kind: 'recovery-code' } | { kind: 'new-passphrase'; recoveryCode: string };

/**
 * An existing vault, locked: unlock with the passphrase, or recover with the code and choose a new
 * one. During a session the clock stays in view above the form; unlocking returns to the room.
 */
export function LockedScreen({ reason }: { reason: LockReason | null }) {
  const { markUnlocked } = useVaultSession();
  const [step, setStep] = useState<Step>({ kind: 'unlock' });
  // Locked from a running session: dim from the first paint, not only once main answers with the clock.
  const [theme] = useState<'room' | undefined>(() => (wasSessionInProgress() ? 'room' : undefined));
  const backToUnlock = () => setStep({ kind: 'unlock' });
  const wait = useTryWait();

  switch (step.kind) {
    case 'unlock':
      return (
        <LockScreenLayout
          key={step.kind}
          title="Unlock your vault"
          notice={lockNotice(reason)}
          theme={theme}
          above={<LockedSessionClock whenLocked={lockSettled} />}
        >
          <UnlockForm onForgot={() => setStep({ kind: 'recovery-code' })} wait={wait} />
          <RestoreEntry onPress={() => setStep({ kind: 'restore' })} />
        </LockScreenLayout>
      );
    case 'restore':
      return (
        <LockScreenLayout key={step.kind} title="Restore from a backup">
          <LazyRestoreFlow onCancel={backToUnlock} />
        </LockScreenLayout>
      );
    case 'recovery-code':
      return (
        <LockScreenLayout key={step.kind} title="Use your recovery code">
          <RecoveryCodeForm onBack={backToUnlock} onVerified={(recoveryCode) => setStep({ kind: 'new-passphrase', recoveryCode })} wait={wait} />
        </LockScreenLayout>
      );
    case 'new-passphrase':
      return (
        <LockScreenLayout key={step.kind} title="Choose a new passphrase">
          <p>Your recovery code is right. Choose a new passphrase; the old one will stop working.</p>
          <ChoosePassphraseForm
            label="New passphrase"
            submitLabel="Save and unlock"
            secondaryAction={<ActionButton onPress={backToUnlock}>Cancel</ActionButton>}
            onSubmit={async (newPassphrase) => {
              await lockSettled();
              await call('vault.recover', { recoveryCode: step.recoveryCode, newPassphrase });
              markUnlocked();
            }}
          />
        </LockScreenLayout>
      );
  }
}

/** For a vault that will not open (damaged or missing files), or to go back to an earlier copy. */
export function RestoreEntry({ onPress }: { onPress: () => void }) {
  return (
    <p className="lock-restore-entry">
      <ActionButton variant="quiet" onPress={onPress}>
        Restore from a backup…
      </ActionButton>
    </p>
  );
}
