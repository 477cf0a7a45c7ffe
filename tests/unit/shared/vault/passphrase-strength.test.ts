import { describe, expect, it } from 'vitest';
import { evaluatePassphrase, PASSPHRASE_POLICY } from '../../../../shared/vault/passphrase-strength';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE, THIRD_STRONG_PASSPHRASE } from '../../../support/passphrases';

describe('passphrase strength', () => {
  it.each([STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE, THIRD_STRONG_PASSPHRASE])(
    "accepts the tests' own %s at the top score (e2e expects 'Strong')",
    (strong) => {
      expect(evaluatePassphrase(strong)).toMatchObject({ acceptable: true, score: 4 });
    },
  );

  it.each(['password', 'password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa', 'iloveyou2024!'])('refuses %s with a reason', (weak) => {
    const strength = evaluatePassphrase(weak);
    expect(strength.acceptable).toBe(false);
    expect(strength.reason).toMatch(/\w+/);
  });

  it('refuses anything shorter than the minimum, whatever its score', () => {
    const strength = evaluatePassphrase('x9$Lq!2#vB');
    expect(strength.acceptable).toBe(false);
    expect(strength.reason).toContain(String(PASSPHRASE_POLICY.minLength));
  });

  it.each(['lantern orchard mosaic tundra 47', 'quiet harbour violet engine 93', 'correct-horse-battery-staple-velvet'])('accepts %s', (strong) => {
    expect(evaluatePassphrase(strong)).toMatchObject({ acceptable: true, reason: null, score: 4 });
  });
});
