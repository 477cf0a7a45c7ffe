import { PROTOCOL_TEXT_LIMITS, type ProtocolDefinition } from '../../../../shared/session/protocol';
import { ActionButton } from '../../ui/ActionButton';
import { newItemId } from './protocol-draft';
import { RowTextInput } from './RowTextInput';

type ChecklistItem = ProtocolDefinition['readinessChecklist'][number];

interface ChecklistEditorProps {
  title: string;
  items: ChecklistItem[];
  onChange: (items: ChecklistItem[]) => void;
}

/** A checklist's items in order. Ids stay as they are once saved: the REMS form reads "vitals-acceptable" by id. */
export function ChecklistEditor({ title, items, onChange }: ChecklistEditorProps) {
  const taken = items.map((item) => item.id);
  const add = () => onChange([...items, { id: newItemId('item', taken), label: '' }]);
  return (
    <fieldset className="editor-group">
      <legend>{title}</legend>
      <ol className="checklist-editor">
        {items.map((item, index) => (
          <li key={item.id} className="editor-row">
            <RowTextInput
              label={`${title}, item ${index + 1}`}
              value={item.label}
              onChange={(label) => onChange(items.map((other, i) => (i === index ? { ...other, label } : other)))}
              maxLength={PROTOCOL_TEXT_LIMITS.label}
              autoFocus={item.label === '' && index === items.length - 1}
            />
            <ActionButton
              variant="quiet"
              onPress={() => onChange(items.filter((_, i) => i !== index))}
              aria-label={`Remove ${title.toLowerCase()} item ${index + 1}`}
            >
              Remove
            </ActionButton>
          </li>
        ))}
      </ol>
      <ActionButton variant="quiet" className="editor-add" onPress={add}>
        Add an item
      </ActionButton>
    </fieldset>
  );
}
