import type { StrengthCheck } from './use-passphrase-strength';

/** The meter's 0-4 scale is zxcvbn's. */
export const MAX_STRENGTH_LEVEL = 4;

/**
 * What the strength meter shows: a level for its bar and words that never rely on colour. Only a
 * passphrase that will be accepted reads as strong or fills the bar: zxcvbn's "good" (3) and a
 * top score under the minimum length are both refused, so they read as not enough yet.
 */
export function describeStrength(check: StrengthCheck): { level: number; words: string } {
  switch (check.status) {
    case 'empty':
      return { level: 0, words: 'Not entered yet' };
    case 'loading':
      return { level: 0, words: 'Checking…' };
    case 'unavailable':
      return { level: 0, words: 'Checked when you continue' };
    case 'ready': {
      const { score, acceptable } = check.strength;
      if (acceptable) return { level: MAX_STRENGTH_LEVEL, words: 'Strong' };
      const level = Math.min(score, MAX_STRENGTH_LEVEL - 1);
      if (score === MAX_STRENGTH_LEVEL) return { level, words: 'Too short' };
      return { level, words: ['Very weak', 'Weak', 'Fair: not enough yet', 'Almost: not enough yet'][score] ?? 'Weak' };
    }
  }
}
