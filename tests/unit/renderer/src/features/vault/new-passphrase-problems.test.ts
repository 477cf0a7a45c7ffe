import { describe, expect, it } from 'vitest';
import { hasProblems, newPassphraseProblems } from '../../../../../../renderer/src/features/vault/new-passphrase-problems';
import type { PassphraseStrength } from '../../../../../../shared/vault/passphrase-strength';

const strong: PassphraseStrength = { score: 4, acceptable: true, reason: null, suggestions: [] };
const weak: PassphraseStrength = { score: 1, acceptable: false, reason: 'Too short.', suggestions: [] };

describe('newPassphraseProblems', () => {
  it('accepts a strong passphrase typed twice', () => {
    expect(hasProblems(newPassphraseProblems('a b c d e f', 'a b c d e f', strong))).toBe(false);
  });

  it('refuses a weak one even when both entries match', () => {
    expect(newPassphraseProblems('sunshine1', 'sunshine1', weak)).toEqual({ passphrase: 'This passphrase is not strong enough yet.' });
  });

  it('asks for both fields and for them to match', () => {
    expect(newPassphraseProblems('', '', null)).toEqual({ passphrase: 'Choose a passphrase.', confirm: 'Type the passphrase again.' });
    expect(newPassphraseProblems('one thing', 'another', strong)).toEqual({ confirm: 'The two passphrases are not the same.' });
  });

  it('leaves the decision to main when the estimator could not load', () => {
    expect(hasProblems(newPassphraseProblems('anything', 'anything', null))).toBe(false);
  });
});
