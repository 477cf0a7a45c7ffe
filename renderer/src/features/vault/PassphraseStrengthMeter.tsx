import { useId } from 'react';
import type { StrengthCheck } from './use-passphrase-strength';

/** Shown before anything is typed; afterwards zxcvbn's reason takes its place. */
const ADVICE = 'Use at least 12 characters. A few unrelated words make a passphrase that is strong and easy to remember.';

/** zxcvbn's 0-4 score in words, so the meter never relies on colour alone. */
const SCORE_WORDS = ['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const;
const MAX_SCORE = SCORE_WORDS.length - 1;

function describe(check: StrengthCheck): { score: number; words: string } {
  switch (check.status) {
    case 'empty':
      return { score: 0, words: 'Not entered yet' };
    case 'loading':
      return { score: 0, words: 'Checking…' };
    case 'unavailable':
      return { score: 0, words: 'Checked when you continue' };
    case 'ready':
      return { score: check.strength.score, words: SCORE_WORDS[check.strength.score] };
  }
}

/** `reasonId` lets the passphrase field point at the reason, so it is read with the field. */
export function PassphraseStrengthMeter({ check, reasonId }: { check: StrengthCheck; reasonId: string }) {
  const labelId = useId();
  const { score, words } = describe(check);
  const acceptable = check.status === 'ready' && check.strength.acceptable;
  const reason = check.status === 'ready' ? check.strength.reason : check.status === 'empty' ? ADVICE : null;
  const suggestion = check.status === 'ready' && !acceptable ? check.strength.suggestions[0] : undefined;

  return (
    <div className="strength">
      {/* The markup react-aria's Meter renders, without its number formatting: starting Intl delays the lock screen by tens of ms. */}
      <div
        role="meter"
        aria-valuenow={score}
        aria-valuemin={0}
        aria-valuemax={MAX_SCORE}
        aria-valuetext={words}
        aria-labelledby={labelId}
        className="strength-meter"
        data-score={check.status === 'ready' ? score : undefined}
        data-acceptable={acceptable || undefined}
      >
        <div className="strength-heading">
          <span id={labelId} className="strength-label">
            Strength
          </span>
          <span className="strength-value">{words}</span>
        </div>
        <div className="strength-track" aria-hidden="true">
          <div className="strength-fill" style={{ width: `${(score / MAX_SCORE) * 100}%` }} />
        </div>
      </div>
      <div id={reasonId}>
        {reason ? <p className="strength-reason">{reason}</p> : null}
        {suggestion ? <p className="strength-suggestion">{suggestion}</p> : null}
        {acceptable ? <p className="strength-ok">Strong enough. Make sure you can remember it.</p> : null}
      </div>
    </div>
  );
}
