import { Input, Label, Text, TextField } from '../../../ui/aria-primitives';

/**
 * One answer the app took from the session, as a read-only field: read like the rest of the form,
 * announced as read-only. A note under it says where it came from when that matters (a late entry).
 */
export function PrefilledField({ label, value, note }: { label: string; value: string; note?: string | null }) {
  return (
    <TextField value={value} isReadOnly className="field prefilled-field">
      <Label className="field-label">{label}</Label>
      <Input className="field-input" />
      {note ? (
        <Text slot="description" className="field-description">
          {note}
        </Text>
      ) : null}
    </TextField>
  );
}

/** Answers from the client record, fixed (if wrong) by correcting the record. */
export function PrefilledFields({ fields }: { fields: readonly (readonly [label: string, value: string])[] }) {
  return (
    <div className="rems-prefilled">
      {fields.map(([label, value]) => (
        <PrefilledField key={label} label={label} value={value} />
      ))}
    </div>
  );
}
