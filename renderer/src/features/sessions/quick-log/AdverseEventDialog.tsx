import { type ReactNode, useState } from 'react';
import { CheckboxGroup, Label } from '../../../ui/aria-primitives';
import { ADVERSE_EVENTS, TIMELINE_TEXT_LIMITS } from '../../../../../shared/session/timeline';
import { CheckboxOption } from '../../../ui/ChoiceControls';
import { FormDialog } from '../../../ui/FormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { entryDialogText, type SaveEntry } from './entry-save';
import { useRoomDialog } from './use-room-dialog';
import { useDraftField } from './use-room-dialog-draft';

type AdverseEvent = (typeof ADVERSE_EVENTS)[number];

interface AdverseEventDialogProps {
  initial?: { items: readonly AdverseEvent[]; text?: string };
  correcting?: boolean;
  /** Set when the entry is added after discharge: the field for the time it refers to, shown in place of any other time field. */
  lateTime?: ReactNode;
  onSave: SaveEntry;
  onClose: () => void;
}

function isAdverseEvent(value: string): value is AdverseEvent {
  return (ADVERSE_EVENTS as readonly string[]).includes(value);
}

/** The pick-list of docs/clinical.md (section 4), plus free text for anything else or for details. */
export function AdverseEventDialog({ initial, correcting = false, lateTime, onSave, onClose }: AdverseEventDialogProps) {
  const [items, setItems] = useDraftField<string[]>('items', initial ? [...initial.items] : []);
  const [text, setText] = useDraftField('text', initial?.text ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const saving = useRoomDialog(entryDialogText('Adverse event', correcting, lateTime !== undefined), onClose);

  const submit = () => {
    const picked = items.filter(isAdverseEvent);
    if (picked.length === 0 && text.trim() === '') {
      setProblem('Pick an event or describe it.');
      return;
    }
    setProblem(null);
    saving.saveThenClose(() => onSave({ kind: 'adverse-event', items: picked, text: text.trim() || undefined }));
  };

  return (
    <FormDialog {...saving.dialogProps} error={problem ?? saving.error} onSubmit={submit} modalClassName="room-modal-wide">
      <CheckboxGroup value={items} onChange={setItems} className="field">
        <Label className="field-label">What you see</Label>
        <div className="adverse-grid">
          {ADVERSE_EVENTS.map((event, index) => (
            <CheckboxOption key={event} value={event} autoFocus={index === 0}>
              {event}
            </CheckboxOption>
          ))}
        </div>
      </CheckboxGroup>
      <TextAreaField
        label="Details or something else"
        description="Optional when an event is picked."
        value={text}
        onChange={setText}
        maxLength={TIMELINE_TEXT_LIMITS.adverseEvent}
        rows={2}
      />
      {lateTime}
    </FormDialog>
  );
}
