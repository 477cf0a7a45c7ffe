import { useState, type KeyboardEvent } from 'react';
import { Label, Text, TextArea, TextField, FieldError } from 'react-aria-components';
import type { SaveEntry } from './entry-save';
import { RoomDialog } from './RoomDialog';
import { useSave } from './use-save';
import { TIMELINE_TEXT_LIMITS } from '../../../../../shared/session/timeline';

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
  onSave: SaveEntry;
  onClose: () => void;
}

/** Observation, the client's words, or an intervention: one line or a few, Enter saves. */
export function TextEntryDialog({ kind, initial = '', correcting = false, onSave, onClose }: TextEntryDialogProps) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSave(onClose);
  const { title, label, hint } = TEXT_KINDS[kind];

  const submit = () => {
    if (text.trim() === '') {
      setProblem('Write something, or press Escape to close.');
      return;
    }
    void run(() => onSave({ kind, text: text.trim() }));
  };

  // Enter saves so a note takes a few keystrokes; Shift+Enter keeps a line break.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <RoomDialog
      title={correcting ? `Correct: ${title}` : title}
      submitLabel={correcting ? 'Save correction' : 'Add to timeline'}
      busy={busy}
      error={error}
      validationErrors={problem ? { text: problem } : undefined}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextField name="text" value={text} onChange={setText} maxLength={TIMELINE_TEXT_LIMITS.note} autoFocus className="field">
        <Label className="field-label">{label}</Label>
        <TextArea className="field-input field-textarea" rows={3} onKeyDown={onKeyDown} />
        <Text slot="description" className="field-description">
          {hint}Enter saves; Shift+Enter starts a new line.
        </Text>
        <FieldError className="field-error" />
      </TextField>
    </RoomDialog>
  );
}
