import { useState } from 'react';
import type { FollowUpContact, FollowUpPreparation } from '../../../../shared/contract';
import { FOLLOW_UP_LIMITS } from '../../../../shared/follow-up/follow-up-ladder';
import { noteTitleOrKind } from '../../../../shared/notes/note-kinds';
import { FormDialog } from '../../ui/FormDialog';
import { RadioGroup, Label } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { formatCalendarDate, formatDate } from '../../ui/time-text';
import { useSubmit } from '../../ui/use-submit';
import { useMarkContactDone, useMoveContact, useSkipContact } from './follow-up-queries';

interface ContactDialogProps {
  contact: FollowUpContact;
  onClose: () => void;
}

const NO_NOTE = 'none';

/** Marks a contact done, naming the note written about it when there is one. */
export function MarkDoneDialog({ contact, notes, onClose }: ContactDialogProps & { notes: FollowUpPreparation['notes'] }) {
  const [noteId, setNoteId] = useState(NO_NOTE);
  const markDone = useMarkContactDone();
  const submitting = useSubmit();
  return (
    <FormDialog
      title={`Mark done: ${contact.label}`}
      submitLabel="Mark done"
      {...submitting.formProps}
      onSubmit={() =>
        void submitting.run(async () => {
          await markDone.mutateAsync({ id: contact.id, noteId: noteId === NO_NOTE ? null : noteId });
          onClose();
        })
      }
      onClose={onClose}
    >
      <RadioGroup value={noteId} onChange={setNoteId} className="field">
        <Label className="field-label">Note about this contact</Label>
        <RadioOption value={NO_NOTE}>No note</RadioOption>
        {notes.map((note) => (
          <RadioOption key={note.id} value={note.id}>
            {noteTitleOrKind(note)} · {formatDate(note.createdAt)}
          </RadioOption>
        ))}
      </RadioGroup>
    </FormDialog>
  );
}

/** Skips a contact; the reason stays with it. */
export function SkipDialog({ contact, onClose }: ContactDialogProps) {
  const [reason, setReason] = useState('');
  const skip = useSkipContact();
  const submitting = useSubmit<'reason'>();
  const submit = () => {
    if (submitting.showProblems({ reason: reason.trim() ? undefined : 'Say why it is skipped.' })) return;
    void submitting.run(async () => {
      await skip.mutateAsync({ id: contact.id, reason });
      onClose();
    });
  };
  return (
    <FormDialog title={`Skip: ${contact.label}`} submitLabel="Skip contact" {...submitting.formProps} onSubmit={submit} onClose={onClose}>
      <TextAreaField
        label="Reason"
        description="Kept with the contact, for example “client travelling”."
        maxLength={FOLLOW_UP_LIMITS.skipReason}
        rows={3}
        value={reason}
        {...submitting.bind('reason', setReason)}
        isRequired
        autoFocus
      />
    </FormDialog>
  );
}

/** Another day for a contact, never before the dose day. */
export function MoveContactDialog({ contact, doseDay, onClose }: ContactDialogProps & { doseDay: string }) {
  const [date, setDate] = useState(contact.dueDate);
  const move = useMoveContact();
  const moving = useSubmit<'date'>({ fieldCodes: { INVALID: { field: 'date', message: 'Choose a day on or after the dose day.' } } });
  const submit = () => {
    if (moving.showProblems({ date: date ? undefined : 'Enter a date.' })) return;
    void moving.run(async () => {
      await move.mutateAsync({ id: contact.id, dueDate: date });
      onClose();
    });
  };
  return (
    <FormDialog title={`Move: ${contact.label}`} submitLabel="Move" {...moving.formProps} onSubmit={submit} onClose={onClose}>
      <TextInputField
        label="Day of the contact"
        description={`Planned for ${formatCalendarDate(contact.dueDate)}.`}
        inputType="date"
        min={doseDay}
        value={date}
        {...moving.bind('date', setDate)}
        isRequired
        autoFocus
      />
    </FormDialog>
  );
}
