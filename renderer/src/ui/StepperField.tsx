import { Button, FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';

interface StepperFieldProps {
  label: string;
  description: string;
  value: number;
  onChange: (value: number) => void;
  minValue: number;
  maxValue: number;
}

/** A whole number for a setting, typed or stepped with − and +, kept within its range. */
export function StepperField({ label, description, value, onChange, minValue, maxValue }: StepperFieldProps) {
  return (
    <NumberField value={value} onChange={onChange} minValue={minValue} maxValue={maxValue} step={1} isRequired className="field number-field">
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Button slot="decrement" className="number-step">
          −
        </Button>
        <Input className="field-input number-input" />
        <Button slot="increment" className="number-step">
          +
        </Button>
      </Group>
      <Text slot="description" className="field-description">
        {description}
      </Text>
      <FieldError className="field-error" />
    </NumberField>
  );
}
