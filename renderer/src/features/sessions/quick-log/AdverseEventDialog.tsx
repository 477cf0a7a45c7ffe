import { useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { TIMELINE_TEXT_LIMITS, ADVERSE_EVENTS } from '../../../../../shared/session/timeline';
import { TextAreaField } from '../../../ui/TextAreaField';
import type { SaveEntry } from './entry-save';
import { RoomDialog } from './RoomDialog';
import { useSave } from './use-save';

type AdverseEvent = (typeof ADVERSE_EVENTS)[number];

interface AdverseEventDialogProps {
  initial?: { items: readonly AdverseEvent[]; text?: string };
  correcting?: boolean;
  onSave: SaveEntry;
  onClose: () => void;
}

function isAdverseEvent(value: string): value is AdverseEvent {
  return (ADVERSE_EVENTS as readonly string[]).includes(value);
}

/** The pick-list of docs/clinical.md (section 4), plus free text for anything else or for details. */
export function AdverseEventDialog({ initial, correcting = false, onSave, onClose }: AdverseEventDialogProps) {
  const [items, setItems] = useState<string[]>(initial ? [...initial.items] : []);
  const [text, setText] = useState(initial?.text ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSave(onClose);

  const submit = () => {
    const picked = items.filter(isAdverseEvent);
    if (picked.length === 0 && text.trim() === '') {
      setProblem('Pick an event or describe it.');
      return;
    }
    void run(() => onSave({ kind: 'adverse-event', items: picked, text: text.trim() || undefined }));
  };

  return (
    <RoomDialog
      title={correcting ? 'Correct: Adverse event' : 'Adverse event'}
      submitLabel={correcting ? 'Save correction' : 'Add to timeline'}
      busy={busy}
      error={problem ?? error}
      onSubmit={submit}
      onClose={onClose}
      wide
    >
      <CheckboxGroup value={items} onChange={setItems} className="field">
        <Label className="field-label">What you see</Label>
        <div className="adverse-grid">
          {ADVERSE_EVENTS.map((event, index) => (
            <Checkbox key={event} value={event} className="checkbox" autoFocus={index === 0}>
              <span className="checkbox-box" aria-hidden="true" />
              {event}
            </Checkbox>
          ))}
        </div>
      </CheckboxGroup>
      <TextAreaField label="Details or something else" description="Optional when an event is picked." value={text} onChange={setText} maxLength={TIMELINE_TEXT_LIMITS.adverseEvent} rows={2} />
    </RoomDialog>
  );
}
