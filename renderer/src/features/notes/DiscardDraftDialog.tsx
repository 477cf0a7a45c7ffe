import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ActionButton } from '../../ui/ActionButton';

interface DiscardDraftDialogProps {
  busy: boolean;
  onDiscard(): void;
  onClose(): void;
}

/** Discarding cannot be undone, so it asks first; Cancel has the focus. */
export function DiscardDraftDialog({ busy, onDiscard, onClose }: DiscardDraftDialogProps) {
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog role="alertdialog" className="dialog">
          <Heading slot="title" className="dialog-title">
            Discard this draft?
          </Heading>
          <p>The draft and its earlier versions will be removed. This cannot be undone. Signed notes can never be discarded.</p>
          <div className="actions">
            <ActionButton autoFocus onPress={onClose}>
              Keep the draft
            </ActionButton>
            <ActionButton variant="danger" busy={busy} onPress={onDiscard}>
              Discard draft
            </ActionButton>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
