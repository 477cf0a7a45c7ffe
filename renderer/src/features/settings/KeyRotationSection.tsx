import { call } from '../../rpc/call';
import { NewSecretFlow } from './NewSecretFlow';
import { SettingsSection } from '../../ui/SettingsSection';

/** Re-encrypting takes roughly this long per MiB here; only for the estimate shown while it runs. */
const SECONDS_PER_MIB = 0.05;

function estimate(databaseBytes = 0): string {
  const mib = databaseBytes / (1024 * 1024);
  const seconds = Math.max(1, Math.ceil(mib * SECONDS_PER_MIB));
  const size = mib < 1 ? 'under 1 MB' : `${Math.round(mib)} MB`;
  return `Re-encrypting your records (${size}); this takes about ${seconds < 60 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`}. Keep the app open.`;
}

/** A new database key: what a new passphrase or recovery code cannot do, said plainly. */
export function KeyRotationSection() {
  return (
    <SettingsSection title="Database key">
      <NewSecretFlow
        intro={
          <>
            <p>
              Your records are encrypted with a key that your passphrase and recovery code unlock. Changing either of those changes the lock on the key, not the
              key. Rotating the key re-encrypts every record under a new one and gives you a new recovery code; your passphrase stays the same.
            </p>
            <p>
              Do this if a copy of your vault folder or of its <code>vault.json</code> may be in someone else’s hands together with an old passphrase or code:
              what you write from now on is out of their reach. It does not change what they already have: old backups stay readable with the passphrase and
              recovery code they were made with.
            </p>
          </>
        }
        submitLabel="Rotate the database key"
        confirmLabel="Confirm the code and rotate the key"
        doneMessage="The database key was rotated. Use the new recovery code from now on; the old one no longer opens this vault."
        begin={(passphrase) => call('vault.beginKeyRotation', { passphrase })}
        confirm={(group) => call('vault.confirmKeyRotation', { group }).then(() => undefined)}
        workingLabel={(shown) => estimate(shown.databaseBytes)}
      />
    </SettingsSection>
  );
}
