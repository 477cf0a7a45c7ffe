import { Label, RadioGroup } from '../../ui/aria-primitives';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_STATUSES, type HomeworkStatus } from '../../../../shared/homework/homework-types';
import { RadioOption } from '../../ui/ChoiceControls';

/** Where the homework stands; all five in one row, so a change is one arrow key away. */
export function HomeworkStatusChoice({ value, onChange }: { value: HomeworkStatus; onChange: (status: HomeworkStatus) => void }) {
  return (
    <RadioGroup value={value} onChange={(status) => onChange(status as HomeworkStatus)} orientation="horizontal" className="field">
      <Label className="field-label">Status</Label>
      <div className="yes-no-options">
        {HOMEWORK_STATUSES.map((status) => (
          <RadioOption key={status} value={status}>
            {HOMEWORK_STATUS_LABELS[status]}
          </RadioOption>
        ))}
      </div>
    </RadioGroup>
  );
}
