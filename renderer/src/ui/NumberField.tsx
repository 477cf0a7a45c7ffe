import type { Ref } from 'react';
import { FieldError, Input, Label, NumberField as AriaNumberField, Text, type NumberFieldProps as AriaNumberFieldProps } from 'react-aria-components';

export interface NumberFieldProps extends Omit<AriaNumberFieldProps, 'children' | 'className' | 'minValue' | 'maxValue'> {
  label: string;
  /** For fields in a row under visible column headings: the label is still there for screen readers. */
  labelHidden?: boolean;
  description?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

/**
 * A number with label, hint and error. No min/max here on purpose: react-aria would clamp a slip
 * (1800 for 180) to the nearest bound and hide it; callers check ranges and name the problem.
 */
export function NumberField({ label, labelHidden = false, description, inputRef, className, ...props }: NumberFieldProps) {
  return (
    <AriaNumberField {...props} className={['field', 'number-input-field', className].filter(Boolean).join(' ')}>
      <Label className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</Label>
      <Input ref={inputRef} className="field-input number-input" />
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error" />
    </AriaNumberField>
  );
}
