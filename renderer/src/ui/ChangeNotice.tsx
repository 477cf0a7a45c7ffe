import { useEffect, useRef } from 'react';
import { ActionButton } from './ActionButton';

export interface Notice {
  text: string;
  undo?: () => void;
}

interface ChangeNoticeProps {
  notice: Notice | null;
  onDismiss: () => void;
}

/**
 * What just changed, with Undo where it applies. The live region is always in the page so screen
 * readers announce each new notice; Undo takes focus, because the row that had it may be gone.
 */
export function ChangeNotice({ notice, onDismiss }: ChangeNoticeProps) {
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.undo) undoRef.current?.focus();
  }, [notice]);

  return (
    <div role="status" className="change-notice-region">
      {notice ? (
        <div className="change-notice">
          <span>{notice.text}</span>
          {notice.undo ? (
            <ActionButton
              ref={undoRef}
              variant="quiet"
              onPress={() => {
                notice.undo?.();
                onDismiss();
              }}
            >
              Undo
            </ActionButton>
          ) : null}
          <ActionButton variant="quiet" aria-label="Dismiss message" onPress={onDismiss}>
            ×
          </ActionButton>
        </div>
      ) : null}
    </div>
  );
}
