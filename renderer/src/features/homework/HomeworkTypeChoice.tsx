import { useId } from 'react';
import { FieldError, Label, RadioGroup } from '../../ui/aria-primitives';
import { HOMEWORK_TYPE_LABELS, HOMEWORK_TYPES, type HomeworkType } from '../../../../shared/homework/homework-types';
import { HOMEWORK_TYPE_HINTS } from './homework-type-hints';
import { RadioOption } from '../../ui/ChoiceControls';

function TypeOption({ type, autoFocus }: { type: HomeworkType; autoFocus: boolean }) {
  const hintId = useId();
  return (
    <div className="homework-type-option">
      {/* The hint describes the radio rather than naming it, so "Exposure hierarchy" stays its name. */}
      <RadioOption value={type} aria-describedby={hintId} autoFocus={autoFocus}>
        {HOMEWORK_TYPE_LABELS[type]}
      </RadioOption>
      <span id={hintId} className="homework-type-hint">
        {HOMEWORK_TYPE_HINTS[type]}
      </span>
    </div>
  );
}

interface HomeworkTypeChoiceProps {
  value: HomeworkType | null;
  onChange: (type: HomeworkType) => void;
  autoFocus?: boolean;
}

/** The seven kinds of homework, each with what it is for. */
export function HomeworkTypeChoice({ value, onChange, autoFocus = false }: HomeworkTypeChoiceProps) {
  return (
    <RadioGroup name="type" value={value} onChange={(type) => onChange(type as HomeworkType)} isRequired className="field homework-type-choice">
      <Label className="field-label">Type</Label>
      {HOMEWORK_TYPES.map((type, index) => (
        <TypeOption key={type} type={type} autoFocus={autoFocus && (value === null ? index === 0 : type === value)} />
      ))}
      <FieldError className="field-error" />
    </RadioGroup>
  );
}
