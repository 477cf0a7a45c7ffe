import { useSubmit } from '../../../ui/use-submit';

/**
 * A dialog over the room on the kit: a FormDialog whose save runs through useSubmit and closes
 * it once main has the entry. Spread `dialogProps` on the FormDialog (its title and button, busy,
 * the problem and the field messages); room dialogs close on a click outside, as they always have.
 */
export function useRoomDialog<Field extends string = never>(text: { title: string; submitLabel: string }, onClose: () => void) {
  const submit = useSubmit<Field>();
  /** Runs the save once (a second Enter meanwhile is ignored) and closes the dialog when it succeeded. */
  const saveThenClose = (save: () => Promise<unknown>) =>
    void submit.run(async () => {
      await save();
      onClose();
    });
  const dialogProps = { ...text, ...submit.formProps, onClose, isDismissable: true };
  return { ...submit, saveThenClose, dialogProps };
}
