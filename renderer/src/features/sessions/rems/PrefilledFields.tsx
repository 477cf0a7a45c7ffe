import { Input, Label, TextField } from '../../../ui/aria-primitives';

/** One answer the app took from the session, as a read-only field: read like the rest of the form, announced as read-only. */
export function PrefilledField({ label, value }: { label: string; value: string }) {
  return (
    <TextField value={value} isReadOnly className="field prefilled-field">
      <Label className="field-label">{label}</Label>
      <Input className="field-input" />
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
