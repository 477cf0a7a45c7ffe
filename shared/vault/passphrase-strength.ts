import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

/**
 * The vault key is only as safe as the passphrase that wraps it against an offline attack on a
 * stolen laptop, so we ask for zxcvbn's top score (>= 10^10 guesses) and a minimum length.
 */
export const PASSPHRASE_POLICY = { minLength: 12, minScore: 4 } as const;

export interface PassphraseStrength {
  /** 0 (trivial) to 4 (very hard to guess), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** Why it is refused, in one sentence; null when acceptable. */
  reason: string | null;
  suggestions: string[];
}

let estimator: ZxcvbnFactory | null = null;

function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return estimator;
}

export function evaluatePassphrase(passphrase: string, userInputs: string[] = []): PassphraseStrength {
  // zxcvbn's cost grows with length; beyond 100 characters the score is 4 anyway.
  const result = getEstimator().check(passphrase.slice(0, 100), userInputs);
  const tooShort = [...passphrase].length < PASSPHRASE_POLICY.minLength;
  const tooGuessable = result.score < PASSPHRASE_POLICY.minScore;
  let reason: string | null = null;
  if (tooShort) {
    reason = `Use at least ${PASSPHRASE_POLICY.minLength} characters; a few unrelated words work well.`;
  } else if (tooGuessable) {
    reason = result.feedback.warning
      ? `${result.feedback.warning} Add another unrelated word or two.`
      : 'This passphrase would be too easy to guess. Add another unrelated word or two.';
  }
  return {
    score: result.score,
    acceptable: reason === null,
    reason,
    suggestions: result.feedback.suggestions,
  };
}
