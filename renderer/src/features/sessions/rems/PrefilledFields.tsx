import { Input, Label, Text, TextField } from '../../../ui/aria-primitives';

/**
 * Answers the app took from the session's timeline, as read-only fields of the form: read like the
 * rest of it, announced as read-only, and fixed (if wrong) by correcting the timeline. A note under
 * one says where it came from when that matters (a late entry).
 */
export function PrefilledFields({ fields }: { fields: readonly (readonly [label: string, value: string, note?: string | null])[] }) {
  return (
    <div className="rems-prefilled">
      {fields.map(([label, value, note]) => (
        <TextField key={label} value={value} isReadOnly className="field prefilled-field">
          <Label className="field-label">{label}</Label>
          <Input className="field-input" />
          {note ? (
            <Text slot="description" className="field-description">
              {note}
            </Text>
          ) : null}
        </TextField>
      ))}
    </div>
  );
}
