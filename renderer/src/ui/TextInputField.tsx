import type { Ref } from 'react';
import { Input, Label, TextField, type TextFieldProps } from 'react-aria-components';
import { FieldHelp } from './FieldHelp';
import { usePasteOverflow } from './use-paste-overflow';

export interface TextInputFieldProps extends Omit<TextFieldProps, 'children' | 'className'> {
  label: string;
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  /** Overrides the input's type: TextField only knows text-like types, the date of birth uses 'date'. */
  inputType?: string;
  min?: string;
  max?: string;
  className?: string;
}

/** Label, input, hint and error in one accessible unit; errors come from the surrounding Form's validationErrors. */
export function TextInputField({ label, description, inputRef, placeholder, inputType, min, max, className, ...props }: TextInputFieldProps) {
  const overflow = usePasteOverflow(props.maxLength, props.value?.length ?? 0);
  return (
    <TextField {...props} className={['field', className].filter(Boolean).join(' ')}>
      <Label className="field-label">{label}</Label>
      <Input ref={inputRef} className="field-input" placeholder={placeholder} type={inputType} min={min} max={max} onPaste={overflow.onPaste} />
      <FieldHelp
        description={
          overflow.notice ? (
            <>
              {description}
              <span className="field-limit-notice"> {overflow.notice}</span>
            </>
          ) : (
            description
          )
        }
      />
    </TextField>
  );
}
