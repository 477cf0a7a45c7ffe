import type { KeyboardEvent, ReactNode } from 'react';
import { FieldError, Label, Text, TextArea, TextField } from '../../../ui/aria-primitives';
import { TIMELINE_TEXT_LIMITS } from '../../../../../shared/session/timeline';
import { FormDialog } from '../../../ui/FormDialog';
import { entryDialogText, type SaveEntry } from './entry-save';
import { useRoomDialog } from './use-room-dialog';
import { useDraftField } from './use-room-dialog-draft';

export type TextKind = 'observation' | 'quote' | 'intervention';

const TEXT_KINDS: Record<TextKind, { title: string; label: string; hint: string }> = {
  observation: { title: 'Observation', label: 'What you notice', hint: '' },
  quote: { title: "Client's words", label: 'Their words, as said', hint: 'Flagged as a quote for the integration talk. ' },
  intervention: { title: 'Intervention', label: 'What you did or said', hint: '' },
};

interface TextEntryDialogProps {
  kind: TextKind;
  initial?: string;
  correcting?: boolean;
  /** Set when the entry is added after discharge: the field for the time it refers to, shown in place of any other time field. */
  lateTime?: ReactNode;
  onSave: SaveEntry;
  onClose: () => void;
}

/** Observation, the client's words, or an intervention: one line or a few, Enter saves. */
export function TextEntryDialog({ kind, initial = '', correcting = false, lateTime, onSave, onClose }: TextEntryDialogProps) {
  const [text, setText] = useDraftField('text', initial);
  const { title, label, hint } = TEXT_KINDS[kind];
  const saving = useRoomDialog<'text'>(entryDialogText(title, correcting, lateTime !== undefined), onClose);

  const submit = () => {
    if (saving.showProblems({ text: text.trim() === '' ? 'Write something, or press Escape to close.' : undefined })) return;
    saving.saveThenClose(() => onSave({ kind, text: text.trim() }));
  };

  // Enter saves so a note takes a few keystrokes; Shift+Enter keeps a line break.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (!saving.busy) submit();
    }
  };

  return (
    <FormDialog {...saving.dialogProps} onSubmit={submit}>
      <TextField value={text} {...saving.bind('text', setText)} maxLength={TIMELINE_TEXT_LIMITS.note} autoFocus className="field">
        <Label className="field-label">{label}</Label>
        <TextArea className="field-input field-textarea" rows={3} onKeyDown={onKeyDown} />
        <Text slot="description" className="field-description">
          {hint}Enter saves; Shift+Enter starts a new line.
        </Text>
        <FieldError className="field-error" />
      </TextField>
      {lateTime}
    </FormDialog>
  );
}
