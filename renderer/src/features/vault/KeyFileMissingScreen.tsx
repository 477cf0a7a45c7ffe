import { useState } from 'react';
import { call } from '../../rpc/call';
import { PassphraseForm } from '../../ui/PassphraseForm';
import { LazyRestoreFlow } from '../backups';
import { RestoreEntry } from './LockedScreen';
import { LockScreenLayout } from './LockScreenLayout';
import { useVaultSession } from './vault-session';

/**
 * The records are here (kap.db) but every copy of the key file is gone. Never offers to create a
 * vault over them: it says what is missing and how to bring a copy of the key file back.
 */
export function KeyFileMissingScreen() {
  const { markUnlocked } = useVaultSession();
  const [restoring, setRestoring] = useState(false);

  if (restoring) {
    return (
      <LockScreenLayout title="Restore from a backup">
        <LazyRestoreFlow onCancel={() => setRestoring(false)} />
      </LockScreenLayout>
    );
  }

  return (
    <LockScreenLayout title="The vault’s key file is missing">
      <p>
        Your records are still in this vault folder, encrypted, but its key file (<code>vault.json</code>) and the copy kept beside it are gone. Without one of
        them the records cannot be opened. Nothing has been changed.
      </p>
      <p>
        Any backup folder holds a copy of the key file. Choose that folder (or another place you keep a copy) and type the passphrase that went with it. Or
        restore a whole backup: the records here are set aside, never deleted.
      </p>
      <PassphraseForm
        label="Passphrase"
        submitLabel="Choose the key file’s folder…"
        emptyMessage="Type the passphrase that went with that key file."
        wrongMessage="That passphrase does not open the key file in that folder."
        autoFocus
        errorOverrides={{ NOT_FOUND: 'That folder holds no readable vault.json. Choose the folder of a backup, or the one holding your copy.' }}
        onSubmit={async (passphrase) => {
          const { adopted } = await call('vault.adoptKeyFile', { passphrase });
          if (adopted) markUnlocked();
        }}
      />
      <RestoreEntry onPress={() => setRestoring(true)} />
    </LockScreenLayout>
  );
}
