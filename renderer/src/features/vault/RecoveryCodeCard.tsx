import { useEffect, useRef, type ReactNode } from 'react';
import { normalizeRecoveryCode, recoveryCodeGroups } from '../../../../shared/vault/recovery-code';
import { ActionButton } from '../../ui/ActionButton';

interface RecoveryCodeCardProps {
  recoveryCode: string;
  onKept: () => void;
  /** Move focus to the code when it appears in the middle of a page (settings), so it is read first. */
  focusCode?: boolean;
  /** E.g. "Cancel": sits between Print and the main button. */
  secondaryAction?: ReactNode;
}

/** Shows a freshly made recovery code, once, numbered by group so one group can be asked back. */
export function RecoveryCodeCard({ recoveryCode, onKept, focusCode = false, secondaryAction }: RecoveryCodeCardProps) {
  const groups = recoveryCodeGroups(normalizeRecoveryCode(recoveryCode) ?? recoveryCode);
  const codeRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusCode) codeRef.current?.focus();
  }, [focusCode]);

  return (
    <div className="recovery-code-card">
      <p>
        If you ever forget your passphrase, this code is the only way back in. Write it down or print it, and keep it somewhere safe away from this computer.{' '}
        <strong>It is shown only this once.</strong>
      </p>
      <ol ref={codeRef} tabIndex={-1} className="recovery-code printable" aria-label="Recovery code">
        {groups.map((group, index) => (
          <li key={index} className="recovery-group">
            <span className="recovery-group-number">Group {index + 1}</span>
            <span className="recovery-group-chars">{group}</span>
          </li>
        ))}
      </ol>
      <p className="hint">Letters and digits only. There is no letter O, I or L, so you cannot mix them up with 0 and 1.</p>
      <div className="actions">
        <ActionButton onPress={() => window.print()}>Print</ActionButton>
        {secondaryAction}
        <ActionButton variant="primary" onPress={onKept}>
          I have written it down
        </ActionButton>
      </div>
    </div>
  );
}
