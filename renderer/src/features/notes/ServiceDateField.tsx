import { useState } from 'react';
import { EARLIEST_CALENDAR_DATE, type Note } from '../../../../shared/contract';
import { isCalendarDate, localCalendarDate } from '../../../../shared/calendar-date';
import { describeError } from '../../rpc/error-message';
import { FormAlert } from '../../ui/FormAlert';
import { TextInputField } from '../../ui/TextInputField';
import { useSetServiceDate } from './notes-queries';

/** A draft's date of service, saved as soon as a whole date is chosen; never a day after today. */
export function ServiceDateField({ note }: { note: Note }) {
  const [value, setValue] = useState(note.serviceDate);
  const [problem, setProblem] = useState<string | null>(null);
  // Whole days: the day the note opened is precise enough.
  const [today] = useState(() => localCalendarDate(Date.now()));
  const setServiceDate = useSetServiceDate();

  const onChange = (next: string) => {
    setValue(next);
    if (!isCalendarDate(next)) return;
    if (next > today) {
      setProblem('The date of service cannot be after today.');
      return;
    }
    setProblem(null);
    setServiceDate.mutate({ id: note.id, serviceDate: next }, { onError: (error) => setProblem(describeError(error)) });
  };

  return (
    <div className="note-service-date">
      <TextInputField
        label="Date of service"
        description="The day the care happened, if not the day you write."
        inputType="date"
        min={EARLIEST_CALENDAR_DATE}
        max={today}
        value={value}
        onChange={onChange}
      />
      <FormAlert>{problem}</FormAlert>
    </div>
  );
}
