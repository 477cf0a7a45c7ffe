import { CheckboxGroup, Label, Text } from '../../../ui/aria-primitives';
import { CheckboxOption } from '../../../ui/ChoiceControls';

interface ChecklistFieldProps {
  label: string;
  items: readonly { id: string; label: string }[];
  /** Ids of the ticked items. */
  value: string[];
  onChange: (value: string[]) => void;
}

/**
 * A protocol's checklist, with how many are ticked. Unticked items are recorded as such; the
 * therapist decides, nothing is blocked.
 */
export function ChecklistField({ label, items, value, onChange }: ChecklistFieldProps) {
  return (
    <CheckboxGroup value={value} onChange={onChange} className="field checklist">
      <Label className="field-label">{label}</Label>
      <Text slot="description" className="field-description">
        {value.length} of {items.length} ticked. Anything left unticked is recorded as such.
      </Text>
      {items.map((item) => (
        <CheckboxOption key={item.id} value={item.id}>
          {item.label}
        </CheckboxOption>
      ))}
    </CheckboxGroup>
  );
}

/** The stored shape: every item of the checklist, ticked or not. */
export function checklistState(items: readonly { id: string }[], ticked: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(items.map((item) => [item.id, ticked.includes(item.id)]));
}
