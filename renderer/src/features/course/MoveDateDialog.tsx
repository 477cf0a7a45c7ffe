import { useState } from 'react';
import { TextInputField } from '../../ui/TextInputField';
import { FormDialog } from '../../ui/FormDialog';
import { useSubmit } from '../../ui/use-submit';
import { useMovePlannedDate } from './course-queries';

interface MoveDateDialogProps {
  courseId: string;
  /** The position in the planned dates; the dose is one more. */
  index: number;
  date: string;
  startDate: string;
  onClose: () => void;
}

/** Another day for one planned dose; the list stays in calendar order. */
export function MoveDateDialog({ courseId, index, date, startDate, onClose }: MoveDateDialogProps) {
  const [moved, setMoved] = useState(date);
  const move = useMovePlannedDate();
  const moving = useSubmit<'date'>({ fieldCodes: { INVALID: { field: 'date', message: 'Choose a day on or after the first day of the course.' } } });

  const submit = () => {
    if (moving.showProblems({ date: moved ? undefined : 'Enter a date.' })) return;
    void moving.run(async () => {
      await move.mutateAsync({ courseId, index, date: moved });
      onClose();
    });
  };

  return (
    <FormDialog title={`Move dose ${index + 1}`} submitLabel="Move" {...moving.formProps} onSubmit={submit} onClose={onClose}>
      <TextInputField label="Suggested date" inputType="date" min={startDate} value={moved} {...moving.bind('date', setMoved)} isRequired autoFocus />
    </FormDialog>
  );
}
