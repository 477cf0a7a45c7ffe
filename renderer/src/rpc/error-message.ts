import type { ErrorCode } from '../../../shared/contract';
import { isRpcError } from '../../../shared/contract/errors';

/**
 * One calm sentence per error code, for the therapist. INVALID adds main's message, which names the
 * field; UNAVAILABLE uses main's, which says what to do instead.
 */
const SENTENCES: Record<ErrorCode, string> = {
  INVALID: 'Something in the form needs a look.',
  LOCKED: 'The vault is locked. Unlock it to continue.',
  NOT_FOUND: 'That record no longer exists. It may have been changed in another window.',
  CONFLICT: 'This was changed somewhere else at the same time. Reload it and try again.',
  SIGNED: 'This is signed and can no longer be changed. Add an addendum instead.',
  WRONG_SECRET: 'That is not right. Check it and try again.',
  VAULT_EXISTS: 'A vault already exists on this computer. Unlock it instead.',
  VAULT_ABSENT: 'There is no vault on this computer yet. Create one to begin.',
  VAULT_DAMAGED: 'The vault file looks damaged and cannot be opened. Restore it from a backup.',
  VAULT_TOO_NEW: 'This vault was saved by a newer version of KAP Companion. Update the app to open it.',
  VAULT_INCOMPLETE: 'A file of the vault is missing, so it cannot be opened. Nothing was changed; restore from a backup.',
  DISK_FULL: 'The disk is full, so this could not be saved. Nothing typed is lost here; free some space and it will save.',
  READ_ONLY: 'The vault folder cannot be written to (read-only, or no permission). Nothing was changed.',
  BUSY: 'Another vault task is still running. Try again in a moment.',
  TOO_MANY_TRIES: 'Too many wrong tries in a row. Wait a moment, then try again.',
  UNAVAILABLE: 'That is not available here.',
  HANDED_OVER: 'The screen is with the client for a questionnaire. Take it back first.',
  INTERNAL: 'Something went wrong inside the app. Nothing was lost; please try again.',
};

export function errorSentence(code: ErrorCode): string {
  return SENTENCES[code];
}

/** The sentence to show for any thrown value; `overrides` lets a screen say something more specific. */
export function describeError(error: unknown, overrides: Partial<Record<ErrorCode, string>> = {}): string {
  if (!isRpcError(error)) return SENTENCES.INTERNAL;
  const override = overrides[error.code];
  if (override) return override;
  if (error.code === 'INVALID' && error.message) return `${SENTENCES.INVALID} ${error.message}`;
  if (error.code === 'UNAVAILABLE' && error.message) return error.message;
  return SENTENCES[error.code];
}
