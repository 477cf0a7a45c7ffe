import { Input, TextArea, TextField } from '../../../ui/aria-primitives';
import { HOMEWORK_LIMITS } from '../../../../../shared/homework/homework-types';
import { RowLabel } from '../../../ui/RowLabel';

interface HomeworkTextFieldProps {
  label: string;
  /** Read by screen readers after the visible label (", row 2"), so every field's name is unique. */
  labelSuffix?: string;
  /** For inputs under a visible column heading. */
  labelHidden?: boolean;
  /** Long fields (evidence, what happened) are several lines; short ones one. */
  long?: boolean;
  value: string;
  onChange: (value: string) => void;
  autoFocus?: boolean;
}

/** A worksheet's text: the contract's short or long limit, enforced as the therapist types. */
export function HomeworkTextField({ label, labelSuffix, labelHidden = false, long = false, value, onChange, autoFocus }: HomeworkTextFieldProps) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      maxLength={long ? HOMEWORK_LIMITS.longText : HOMEWORK_LIMITS.shortText}
      className="field"
      autoFocus={autoFocus}
    >
      <RowLabel label={label} suffix={labelSuffix} hidden={labelHidden} />
      {long ? <TextArea className="field-input field-textarea homework-textarea" rows={3} /> : <Input className="field-input" autoComplete="off" />}
    </TextField>
  );
}
