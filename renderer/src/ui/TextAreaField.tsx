import { FieldError, Label, Text, TextArea, TextField, type TextFieldProps } from 'react-aria-components';
import { usePasteOverflow } from './use-paste-overflow';

interface TextAreaFieldProps extends Omit<TextFieldProps, 'children' | 'className' | 'maxLength'> {
  label: string;
  description: string;
  maxLength: number;
  rows?: number;
}

/** Multi-line text with a limit and a running count, so the limit never comes as a surprise. */
export function TextAreaField({ label, description, maxLength, rows = 4, ...props }: TextAreaFieldProps) {
  const used = props.value?.length ?? 0;
  const overflow = usePasteOverflow(maxLength, used);
  return (
    <TextField {...props} maxLength={maxLength} className="field">
      <Label className="field-label">{label}</Label>
      <TextArea className="field-input field-textarea" rows={rows} onPaste={overflow.onPaste} />
      <Text slot="description" className="field-description field-description-split">
        <span>
          {description}
          {overflow.notice ? <span className="field-limit-notice"> {overflow.notice}</span> : null}
        </span>
        <span className="counter">
          {used.toLocaleString('en')} / {maxLength.toLocaleString('en')}
        </span>
      </Text>
      <FieldError className="field-error" />
    </TextField>
  );
}
