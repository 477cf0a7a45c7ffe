import { useContext, type ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { DialogThemeContext } from './dialog-theme';

export interface ModalDialogProps {
  title: ReactNode;
  onClose: () => void;
  /** A click outside closes it too. Off for forms holding much typing, where a stray click would lose it. Escape always closes. */
  isDismissable?: boolean;
  /** While true (an export writing files), neither Escape nor a click outside closes it. */
  holdOpen?: boolean;
  /** 'alertdialog' for a question that interrupts (a confirmation). */
  role?: 'dialog' | 'alertdialog';
  /** Extra classes on the modal box (its width), and on the dialog inside it. */
  modalClassName?: string;
  dialogClassName?: string;
  children: ReactNode;
}

function classes(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

/** The app's one modal shell: overlay, box and a dialog named by its title, in the screen's colours. */
export function ModalDialog({ title, onClose, isDismissable = false, holdOpen = false, role, modalClassName, dialogClassName, children }: ModalDialogProps) {
  const theme = useContext(DialogThemeContext);
  return (
    <ModalOverlay
      isOpen
      isDismissable={isDismissable && !holdOpen}
      isKeyboardDismissDisabled={holdOpen}
      onOpenChange={(open) => !open && onClose()}
      className={classes('modal-overlay', theme)}
    >
      <Modal className={classes('modal', modalClassName)}>
        <Dialog role={role} className={classes('dialog', dialogClassName)}>
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
