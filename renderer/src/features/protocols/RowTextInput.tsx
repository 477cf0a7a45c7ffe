import { Input, Label, TextField } from '../../ui/aria-primitives';

interface RowTextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  autoFocus?: boolean;
}

/** A text field in an editor row: the column heading is visible, the full name is for screen readers. */
export function RowTextInput({ label, value, onChange, maxLength, autoFocus }: RowTextInputProps) {
  return (
    <TextField value={value} onChange={onChange} maxLength={maxLength} className="row-field" autoFocus={autoFocus}>
      <Label className="visually-hidden">{label}</Label>
      <Input className="field-input" autoComplete="off" />
    </TextField>
  );
}
