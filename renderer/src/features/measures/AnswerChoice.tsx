import { FieldError, Label, RadioGroup } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import './measures.css';

interface AnswerChoiceProps {
  /** The form field's name; also what the number keys find it by. */
  name: string;
  label: string;
  options: readonly { value: number; label: string }[];
  value: number | null;
  onChange: (value: number) => void;
  autoFocus?: boolean;
  isRequired?: boolean;
}

/** One question and its four answers in a row, the score beside each. */
export function AnswerChoice({ name, label, options, value, onChange, autoFocus = false, isRequired = true }: AnswerChoiceProps) {
  return (
    <div className="measure-question" data-answer-field={name}>
      <RadioGroup
        name={name}
        value={value === null ? null : String(value)}
        onChange={(chosen) => onChange(Number(chosen))}
        orientation="horizontal"
        isRequired={isRequired}
        className="field"
      >
        <Label className="field-label measure-question-text">{label}</Label>
        <div className="measure-answers">
          {options.map((option, index) => (
            <RadioOption key={option.value} value={String(option.value)} autoFocus={autoFocus && (value === null ? index === 0 : option.value === value)}>
              <span className="measure-answer-score" aria-hidden="true">
                {option.value}
              </span>
              {option.label}
            </RadioOption>
          ))}
        </div>
        <FieldError className="field-error" />
      </RadioGroup>
    </div>
  );
}
