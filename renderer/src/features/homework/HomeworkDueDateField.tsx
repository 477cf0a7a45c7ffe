import { EARLIEST_CALENDAR_DATE } from '../../../../shared/contract';
import { TextInputField } from '../../ui/TextInputField';

/** The due date, the same when an item is set and when it is edited: optional, a calendar date. */
export function HomeworkDueDateField({ value, onChange }: { value: string; onChange: (dueDate: string) => void }) {
  return (
    <TextInputField name="dueDate" label="Due date" description="Optional." inputType="date" min={EARLIEST_CALENDAR_DATE} value={value} onChange={onChange} />
  );
}
