import { useId } from 'react';
import { describeStrength, MAX_STRENGTH_LEVEL } from './strength-reading';
import type { StrengthCheck } from './use-passphrase-strength';

/** Shown before anything is typed; afterwards zxcvbn's reason takes its place. */
const ADVICE = 'Use at least 12 characters. A few unrelated words make a passphrase that is strong and easy to remember.';

/** `reasonId` lets the passphrase field point at the reason, so it is read with the field. */
export function PassphraseStrengthMeter({ check, reasonId }: { check: StrengthCheck; reasonId: string }) {
  const labelId = useId();
  const { level, words } = describeStrength(check);
  const acceptable = check.status === 'ready' && check.strength.acceptable;
  const reason = check.status === 'ready' ? check.strength.reason : check.status === 'empty' ? ADVICE : null;
  const suggestion = check.status === 'ready' && !acceptable ? check.strength.suggestions[0] : undefined;

  return (
    <div className="strength">
      {/* The markup react-aria's Meter renders, without its number formatting: starting Intl delays the lock screen by tens of ms. */}
      <div
        role="meter"
        aria-valuenow={level}
        aria-valuemin={0}
        aria-valuemax={MAX_STRENGTH_LEVEL}
        aria-valuetext={words}
        aria-labelledby={labelId}
        className="strength-meter"
        data-score={check.status === 'ready' ? level : undefined}
        data-acceptable={acceptable || undefined}
      >
        <div className="strength-heading">
          <span id={labelId} className="strength-label">
            Strength
          </span>
          <span className="strength-value">{words}</span>
        </div>
        <div className="strength-track" aria-hidden="true">
          <div className="strength-fill" style={{ width: `${(level / MAX_STRENGTH_LEVEL) * 100}%` }} />
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
