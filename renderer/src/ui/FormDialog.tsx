import type { FormEvent, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';
import { ModalDialog, type ModalDialogProps } from './ModalDialog';

export interface DialogFormProps {
  submitLabel: string;
  busy: boolean;
  /** The sentence above the buttons (a problem not tied to one field); null when there is none. */
  error: ReactNode;
  /** Per-field messages, keyed by each field's name. */
  validationErrors?: Partial<Record<string, string>>;
  /** Called on submit (Enter or the button), never twice while busy. */
  onSubmit(): void;
  onCancel(): void;
  /** Cancel cannot be pressed while busy (an export that must not be abandoned halfway). */
  cancelDisabledWhileBusy?: boolean;
  children: ReactNode;
}

/** The body of a form dialog: the fields, the form's problem, then Cancel and the submit button. */
export function DialogForm({ submitLabel, busy, error, validationErrors, onSubmit, onCancel, cancelDisabledWhileBusy = false, children }: DialogFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Form onSubmit={submit} validationErrors={validationErrors as Record<string, string> | undefined} validationBehavior="aria" className="form">
      {children}
      <FormAlert>{error}</FormAlert>
      <div className="actions">
        <ActionButton onPress={onCancel} isDisabled={cancelDisabledWhileBusy && busy}>
          Cancel
        </ActionButton>
        <ActionButton type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}

type FormDialogProps = Omit<DialogFormProps, 'onCancel' | 'cancelDisabledWhileBusy'> &
  Pick<ModalDialogProps, 'title' | 'onClose' | 'isDismissable' | 'modalClassName'> & {
    /** While busy, the dialog stays open and Cancel is disabled (work that must not be abandoned halfway). */
    holdOpenWhileBusy?: boolean;
  };

/** A small focused form in a modal: Escape or Cancel closes it; the fields' and the form's problems are said in place. */
export function FormDialog({ title, onClose, isDismissable, modalClassName, holdOpenWhileBusy = false, ...form }: FormDialogProps) {
  return (
    <ModalDialog title={title} onClose={onClose} isDismissable={isDismissable} holdOpen={holdOpenWhileBusy && form.busy} modalClassName={modalClassName}>
      <DialogForm {...form} onCancel={onClose} cancelDisabledWhileBusy={holdOpenWhileBusy} />
    </ModalDialog>
  );
}
