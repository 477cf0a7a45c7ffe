import type { ReactNode } from 'react';
import { ActionButton } from './ActionButton';

/** What every export says of a file that has left the vault. */
export const UNENCRYPTED_FILE_HINT = 'The file holds health records and is not encrypted. Keep it somewhere safe and delete it when it has served its purpose.';

interface SavedFileNoticeProps {
  /** "Saved <file>." or why nothing was saved; announced as a status. */
  message: string;
  /** What to do with the file now; none for a file without health records. */
  hint?: ReactNode;
  statusClassName?: string;
  onClose: () => void;
}

/** The end of an export dialog: what was saved, what to do with it, and Close (focused). */
export function SavedFileNotice({ message, hint, statusClassName, onClose }: SavedFileNoticeProps) {
  return (
    <div className="form">
      <p role="status" className={statusClassName}>
        {message}
      </p>
      {hint ? <p className="hint">{hint}</p> : null}
      <div className="actions">
        <ActionButton variant="primary" onPress={onClose} autoFocus>
          Close
        </ActionButton>
      </div>
    </div>
  );
}
