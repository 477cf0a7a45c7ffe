import { call } from '../../rpc/call';
import { NewSecretFlow } from './NewSecretFlow';
import { SettingsSection } from '../../ui/SettingsSection';

/** Replacing the recovery code: the new one only takes over once a group is typed back. */
export function RecoveryCodeSection() {
  return (
    <SettingsSection title="Recovery code">
      <NewSecretFlow
        intro={
          <p>
            If you lost your recovery code, or someone else may have seen it, make a new one. The old code stops opening this vault. It still opens older
            backups and any other copy of the vault made before today; to make those useless for new records too, rotate the database key.
          </p>
        }
        submitLabel="Make a new recovery code"
        confirmLabel="Confirm new code"
        doneMessage="New recovery code saved. The old one no longer opens this vault."
        begin={(passphrase) => call('vault.beginRecoveryCodeRotation', { passphrase })}
        confirm={(group) => call('vault.confirmRecoveryCodeRotation', { group }).then(() => undefined)}
      />
    </SettingsSection>
  );
}
