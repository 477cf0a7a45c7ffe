import type { ReactNode } from 'react';
import {
  CheckboxButton,
  CheckboxField,
  RadioButton,
  RadioField,
  SwitchButton,
  SwitchField,
  type CheckboxFieldProps,
  type RadioFieldProps,
  type SwitchFieldProps,
} from 'react-aria-components';

type Drawn<Props> = Omit<Props, 'children' | 'className'> & { className?: string; children?: ReactNode };

function classes(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base;
}

/**
 * One option of a RadioGroup, drawn the app's way: the dot, then the label. The field's wrapper
 * is `display: contents`, so options lay out as direct children of the group.
 */
export function RadioOption({ className, children, ...props }: Drawn<RadioFieldProps>) {
  return (
    <RadioField {...props} className="choice-field">
      <RadioButton className={classes('radio', className)}>
        <span className="radio-dot" aria-hidden="true" />
        {children}
      </RadioButton>
    </RadioField>
  );
}

/** A checkbox on its own or in a CheckboxGroup (give it a `value` there): the box, then the label. */
export function CheckboxOption({ className, children, ...props }: Drawn<CheckboxFieldProps>) {
  return (
    <CheckboxField {...props} className="choice-field">
      <CheckboxButton className={classes('checkbox', className)}>
        <span className="checkbox-box" aria-hidden="true" />
        {children}
      </CheckboxButton>
    </CheckboxField>
  );
}

/** A switch with the app's drawn track: the label is its accessible name. */
export function ToggleSwitch({ className, children, ...props }: Drawn<SwitchFieldProps>) {
  return (
    <SwitchField {...props} className="choice-field">
      <SwitchButton className={classes('switch', className)}>
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        {children}
      </SwitchButton>
    </SwitchField>
  );
}
