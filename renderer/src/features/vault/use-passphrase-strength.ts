import { useEffect, useMemo, useState } from 'react';
import type { PassphraseStrength } from '../../../../shared/vault/passphrase-strength';

type Evaluate = (passphrase: string) => PassphraseStrength;

let estimatorLoad: Promise<Evaluate> | null = null;

/**
 * zxcvbn and its dictionaries are megabytes: load them in their own chunk only when a passphrase
 * is being chosen, so the unlock screen starts fast.
 */
function loadEstimator(): Promise<Evaluate> {
  estimatorLoad ??= import('../../../../shared/vault/passphrase-strength').then(({ evaluatePassphrase }) => evaluatePassphrase);
  return estimatorLoad;
}

/** For submit: waits for the estimator if it is still loading. Null if it cannot load; main still checks. */
export async function estimateWhenReady(passphrase: string): Promise<PassphraseStrength | null> {
  try {
    return (await loadEstimator())(passphrase);
  } catch {
    return null;
  }
}

export type StrengthCheck =
  | { status: 'empty' }
  | { status: 'loading' }
  /** The estimator could not load; main still refuses a weak passphrase on submit. */
  | { status: 'unavailable' }
  | { status: 'ready'; strength: PassphraseStrength };

/** The strength of what is typed, as it is typed. */
export function usePassphraseStrength(passphrase: string): StrengthCheck {
  const [estimator, setEstimator] = useState<{ evaluate: Evaluate } | 'loading' | 'unavailable'>('loading');

  useEffect(() => {
    let cancelled = false;
    loadEstimator().then(
      (evaluate) => !cancelled && setEstimator({ evaluate }),
      () => !cancelled && setEstimator('unavailable'),
    );
    return () => {
      cancelled = true;
    };
  }, []);

  return useMemo((): StrengthCheck => {
    if (passphrase === '') return { status: 'empty' };
    if (estimator === 'loading' || estimator === 'unavailable') return { status: estimator };
    return { status: 'ready', strength: estimator.evaluate(passphrase) };
  }, [passphrase, estimator]);
}
