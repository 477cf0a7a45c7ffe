import type { LockReason } from '../../../../shared/contract';

/** Why the vault locked by itself, in words; nothing when the therapist locked it or the app just started. */
export function lockNotice(reason: LockReason | null): string | null {
  switch (reason) {
    case 'idle':
      return 'Locked after a period without activity.';
    case 'os-lock':
      return 'Locked because the computer was locked.';
    case 'suspend':
      return 'Locked because the computer went to sleep.';
    case 'renderer-gone':
      return 'Locked because the window stopped unexpectedly.';
    case 'renderer-unresponsive':
      return 'Locked because the window stopped responding.';
    case 'user':
    case 'quit':
    case null:
      return null;
  }
}
