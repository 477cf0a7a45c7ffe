import { Input, Label, TextField } from '../../../ui/aria-primitives';

/**
 * Answers the app took from the session's timeline, as read-only fields of the form: read like the
 * rest of it, announced as read-only, and fixed (if wrong) by correcting the timeline.
 */
export function PrefilledFields({ fields }: { fields: readonly (readonly [label: string, value: string])[] }) {
  return (
    <div className="rems-prefilled">
      {fields.map(([label, value]) => (
        <TextField key={label} value={value} isReadOnly className="field prefilled-field">
          <Label className="field-label">{label}</Label>
          <Input className="field-input" />
        </TextField>
      ))}
    </div>
  );
}
