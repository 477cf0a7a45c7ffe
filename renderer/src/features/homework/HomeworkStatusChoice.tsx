import { Label, Radio, RadioGroup } from 'react-aria-components';
import { HOMEWORK_STATUS_LABELS, HOMEWORK_STATUSES, type HomeworkStatus } from '../../../../shared/homework/homework-types';

/** Where the homework stands; all five in one row, so a change is one arrow key away. */
export function HomeworkStatusChoice({ value, onChange }: { value: HomeworkStatus; onChange: (status: HomeworkStatus) => void }) {
  return (
    <RadioGroup value={value} onChange={(status) => onChange(status as HomeworkStatus)} orientation="horizontal" className="field">
      <Label className="field-label">Status</Label>
      <div className="yes-no-options">
        {HOMEWORK_STATUSES.map((status) => (
          <Radio key={status} value={status} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            {HOMEWORK_STATUS_LABELS[status]}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
