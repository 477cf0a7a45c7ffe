import { ActionButton } from './ActionButton';
import { ModalDialog, type ModalDialogProps } from './ModalDialog';
import { SubmitForm, type SubmitFormProps } from './SubmitForm';

export interface DialogFormProps extends Omit<SubmitFormProps, 'otherActions'> {
  onCancel: () => void;
  /** Cancel cannot be pressed while busy (an export that must not be abandoned halfway). */
  cancelDisabledWhileBusy?: boolean;
  /** "Cancel" unless the form's own action is a cancelling (then "Keep …" reads clearer). */
  cancelLabel?: string;
}

/** The body of a form dialog: the fields, the form's problem, then Cancel and the submit button. */
export function DialogForm({ onCancel, cancelDisabledWhileBusy = false, cancelLabel = 'Cancel', ...form }: DialogFormProps) {
  return (
    <SubmitForm
      {...form}
      otherActions={
        <ActionButton onPress={onCancel} isDisabled={cancelDisabledWhileBusy && form.busy}>
          {cancelLabel}
        </ActionButton>
      }
    />
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
