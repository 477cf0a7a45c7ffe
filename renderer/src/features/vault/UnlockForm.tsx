import { call } from '../../rpc/call';
import { ActionButton } from '../../ui/ActionButton';
import { PassphraseForm } from '../../ui/PassphraseForm';
import { lockSettled } from './lock-in-progress';
import { TryWaitNotice } from './TryWaitNotice';
import type { TryWait } from './use-try-wait';
import { useVaultSession } from './vault-session';

export function UnlockForm({ onForgot, wait }: { onForgot: () => void; wait: TryWait }) {
  const { markUnlocked } = useVaultSession();
  return (
    <PassphraseForm
      label="Passphrase"
      submitLabel="Unlock"
      emptyMessage="Type your passphrase."
      wrongMessage="That passphrase did not unlock the vault. Check Caps Lock and try again."
      clearWhenWrong
      autoFocus
      submitDisabled={wait.until !== null}
      secondaryAction={
        <ActionButton variant="quiet" onPress={onForgot}>
          Forgot passphrase?
        </ActionButton>
      }
      onSubmit={async (passphrase) => {
        await lockSettled();
        if (await wait.attempt(() => call('vault.unlock', { passphrase }))) markUnlocked();
      }}
    >
      <TryWaitNotice wait={wait} />
    </PassphraseForm>
  );
}
