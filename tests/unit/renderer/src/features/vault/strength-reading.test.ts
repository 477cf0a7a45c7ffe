import { describe, expect, it } from 'vitest';
import { describeStrength, MAX_STRENGTH_LEVEL } from '../../../../../../renderer/src/features/vault/strength-reading';
import { evaluatePassphrase, type PassphraseStrength } from '../../../../../../shared/vault/passphrase-strength';

const ready = (passphrase: string) => describeStrength({ status: 'ready', strength: evaluatePassphrase(passphrase) });

describe('the passphrase strength meter', () => {
  it('reads as strong, with a full bar, only when the passphrase will be accepted', () => {
    for (const passphrase of ['correct', 'Tr0ub4dor&3', 'monkey dishwasher', 'qwertyuiopasdf', 'Kx7#pQ2!vL']) {
      const strength = evaluatePassphrase(passphrase);
      const reading = describeStrength({ status: 'ready', strength });
      expect(strength.acceptable, passphrase).toBe(false);
      expect(reading.words, passphrase).not.toMatch(/^(Strong|Good)$/);
      expect(reading.level, passphrase).toBeLessThan(MAX_STRENGTH_LEVEL);
    }
    expect(ready('lantern orbit velvet cactus')).toEqual({ level: MAX_STRENGTH_LEVEL, words: 'Strong' });
  });

  it('says "Too short" for a top score under the minimum length, and "not enough yet" for zxcvbn\'s good', () => {
    const short: PassphraseStrength = { score: 4, acceptable: false, reason: 'short', suggestions: [] };
    expect(describeStrength({ status: 'ready', strength: short })).toEqual({ level: 3, words: 'Too short' });
    const good: PassphraseStrength = { score: 3, acceptable: false, reason: 'guessable', suggestions: [] };
    expect(describeStrength({ status: 'ready', strength: good })).toEqual({ level: 3, words: 'Almost: not enough yet' });
  });
});
