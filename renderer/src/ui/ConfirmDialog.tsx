import type { ReactNode } from 'react';
import { ActionButton } from './ActionButton';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  title: string;
  /** What happens, said plainly (usually one paragraph). */
  children: ReactNode;
  /** The safe way out; it has the focus, so Enter pressed by habit changes nothing. */
  keepLabel: string;
  /** The action that cannot be undone, drawn as dangerous. */
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone: an alert dialog with the safe choice focused. */
export function ConfirmDialog({ title, children, keepLabel, confirmLabel, busy, onConfirm, onClose }: ConfirmDialogProps) {
  return (
    <ModalDialog title={title} onClose={onClose} isDismissable role="alertdialog">
      {children}
      <div className="actions">
        <ActionButton autoFocus onPress={onClose}>
          {keepLabel}
        </ActionButton>
        <ActionButton variant="danger" busy={busy} onPress={onConfirm}>
          {confirmLabel}
        </ActionButton>
      </div>
    </ModalDialog>
  );
}
