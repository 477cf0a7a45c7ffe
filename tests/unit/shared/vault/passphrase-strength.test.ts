import { describe, expect, it } from 'vitest';
import { evaluatePassphrase, PASSPHRASE_POLICY } from '../../../../shared/vault/passphrase-strength';

describe('passphrase strength', () => {
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
