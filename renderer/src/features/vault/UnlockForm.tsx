import { call } from '../../rpc/call';
import { ActionButton } from '../../ui/ActionButton';
import { PassphraseForm } from '../../ui/PassphraseForm';
import { lockSettled } from './lock-in-progress';
import { useVaultSession } from './vault-session';

export function UnlockForm({ onForgot }: { onForgot: () => void }) {
  const { markUnlocked } = useVaultSession();
  return (
    <PassphraseForm
      label="Passphrase"
      submitLabel="Unlock"
      emptyMessage="Type your passphrase."
      wrongMessage="That passphrase did not unlock the vault. Check Caps Lock and try again."
      clearWhenWrong
      autoFocus
      secondaryAction={
        <ActionButton variant="quiet" onPress={onForgot}>
          Forgot passphrase?
        </ActionButton>
      }
      onSubmit={async (passphrase) => {
        await lockSettled();
        await call('vault.unlock', { passphrase });
        markUnlocked();
      }}
    />
  );
}
