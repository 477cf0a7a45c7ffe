import { useContext, type FormEvent, type ReactNode } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ActionButton } from '../../../ui/ActionButton';
import { FormAlert } from '../../../ui/FormAlert';
import { DialogThemeContext } from './dialog-theme';

interface RoomDialogProps {
  title: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  /** Per-field messages, keyed by each field's name. */
  validationErrors?: Record<string, string>;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}

/** A small focused form over a session screen, in that screen's colours (low light in the room). Escape closes it. */
export function RoomDialog({ title, submitLabel, busy, error, validationErrors, onSubmit, onClose, children, wide = false }: RoomDialogProps) {
  const theme = useContext(DialogThemeContext);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className={['modal-overlay', theme].filter(Boolean).join(' ')}>
      <Modal className={wide ? 'modal room-modal room-modal-wide' : 'modal room-modal'}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <Form onSubmit={submit} validationErrors={validationErrors} validationBehavior="aria" className="form">
            {children}
            <FormAlert>{error}</FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={busy}>
                {submitLabel}
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
