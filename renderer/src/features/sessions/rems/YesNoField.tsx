import { Label, RadioGroup, Text } from '../../../ui/aria-primitives';
import { RadioOption } from '../../../ui/ChoiceControls';

interface YesNoFieldProps {
  label: string;
  /** null: not answered yet. */
  value: boolean | null;
  onChange: (value: boolean) => void;
  description?: string;
}

/** A yes/no question that may still be unanswered, as on the paper form. */
export function YesNoField({ label, value, onChange, description }: YesNoFieldProps) {
  return (
    <RadioGroup
      value={value === null ? null : value ? 'yes' : 'no'}
      onChange={(answer) => onChange(answer === 'yes')}
      orientation="horizontal"
      className="field yes-no"
    >
      <Label className="field-label">{label}</Label>
      <div className="yes-no-options">
        <RadioOption value="yes">Yes</RadioOption>
        <RadioOption value="no">No</RadioOption>
      </div>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
    </RadioGroup>
  );
}
