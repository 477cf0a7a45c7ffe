import type { PassphraseStrength } from '../../../../shared/vault/passphrase-strength';

export interface NewPassphraseProblems {
  passphrase?: string;
  confirm?: string;
}

/**
 * Why a new passphrase cannot be submitted, per field; empty when it can. The strength meter,
 * linked to the field, already says why it is weak. `strength` is null when the estimator is
 * unavailable, and then main's own check decides.
 */
export function newPassphraseProblems(passphrase: string, confirm: string, strength: PassphraseStrength | null): NewPassphraseProblems {
  const problems: NewPassphraseProblems = {};
  if (passphrase === '') problems.passphrase = 'Choose a passphrase.';
  else if (strength && !strength.acceptable) problems.passphrase = 'This passphrase is not strong enough yet.';
  if (confirm === '') problems.confirm = 'Type the passphrase again.';
  else if (confirm !== passphrase) problems.confirm = 'The two passphrases are not the same.';
  return problems;
}

export function hasProblems(problems: object): boolean {
  return Object.keys(problems).length > 0;
}
