import { CreateVaultFlow } from './CreateVaultFlow';
import { KeyFileMissingScreen } from './KeyFileMissingScreen';
import { LockedScreen } from './LockedScreen';
import { LockScreenLayout } from './LockScreenLayout';
import type { VaultSession } from './vault-session';

type ClosedSession = Exclude<VaultSession, { state: 'unlocked' }>;

/** Everything shown while no vault is open. */
export function LockScreen({ session }: { session: ClosedSession }) {
  switch (session.state) {
    case 'checking':
      return <div className="lock-screen" aria-busy="true" />;
    case 'unavailable':
      return (
        <LockScreenLayout title="The vault cannot be opened">
          <p role="alert">{session.message}</p>
        </LockScreenLayout>
      );
    case 'restoring':
      return (
        <LockScreenLayout title="Restoring the backup" focusTitle>
          <p role="status">The current vault is being set aside and the backup copied in. This takes a moment.</p>
        </LockScreenLayout>
      );
    case 'absent':
      return <CreateVaultFlow />;
    case 'key-missing':
      return <KeyFileMissingScreen />;
    case 'locked':
      return <LockedScreen reason={session.reason} />;
  }
}
