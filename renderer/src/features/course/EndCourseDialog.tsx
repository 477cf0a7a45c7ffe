import { useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { TextInputField } from '../../ui/TextInputField';
import { FormDialog } from '../../ui/FormDialog';
import { useSubmit } from '../../ui/use-submit';
import { useEndCourse } from './course-queries';

/** Ends the course today with the date the client is re-evaluated; nothing in it changes afterwards. */
export function EndCourseDialog({ courseId, onClose }: { courseId: string; onClose: () => void }) {
  const [today] = useState(() => localCalendarDate(Date.now()));
  const [reEvaluationDate, setReEvaluationDate] = useState('');
  const end = useEndCourse();
  const ending = useSubmit<'reEvaluationDate'>();

  const submit = () => {
    const problem = !reEvaluationDate ? 'Enter the re-evaluation date.' : reEvaluationDate < today ? 'Choose today or a later day.' : undefined;
    if (ending.showProblems({ reEvaluationDate: problem })) return;
    void ending.run(async () => {
      await end.mutateAsync({ courseId, endedOn: today, reEvaluationDate });
      onClose();
    });
  };

  return (
    <FormDialog title="End course" submitLabel="End course" {...ending.formProps} onSubmit={submit} onClose={onClose}>
      <p className="hint">The course ends today. Doses given after today are not counted in it; a booster course can start from tomorrow.</p>
      <TextInputField
        label="Re-evaluation date"
        inputType="date"
        min={today}
        value={reEvaluationDate}
        {...ending.bind('reEvaluationDate', setReEvaluationDate)}
        isRequired
        autoFocus
      />
    </FormDialog>
  );
}
