import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';

interface ChecklistFieldProps {
  label: string;
  description?: string;
  items: readonly { id: string; label: string }[];
  /** Ids of the ticked items. */
  value: string[];
  onChange: (value: string[]) => void;
}

/** A protocol's checklist. Unticked items are recorded as such; the therapist decides, nothing is blocked. */
export function ChecklistField({ label, description, items, value, onChange }: ChecklistFieldProps) {
  return (
    <CheckboxGroup value={value} onChange={onChange} className="field checklist">
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      {items.map((item) => (
        <Checkbox key={item.id} value={item.id} className="checkbox">
          <span className="checkbox-box" aria-hidden="true" />
          {item.label}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

/** The stored shape: every item of the checklist, ticked or not. */
export function checklistState(items: readonly { id: string }[], ticked: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(items.map((item) => [item.id, ticked.includes(item.id)]));
}
