import { useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { EARLIEST_CALENDAR_DATE } from '../../../../shared/contract';
import {
  COURSE_KIND_LABELS,
  COURSE_LIMITS,
  type CourseKind,
  type CourseSchedule,
  DEFAULT_COURSE_SHAPE,
  type MaintenanceInterval,
  type ScheduleKind,
} from '../../../../shared/course/course-types';
import { Label, RadioGroup } from '../../ui/aria-primitives';
import { RadioOption } from '../../ui/ChoiceControls';
import { FormDialog } from '../../ui/FormDialog';
import { NumberField } from '../../ui/NumberField';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import { useStartCourse } from './course-queries';

interface StartCourseDialogProps {
  clientId: string;
  kind: CourseKind;
  onClose: () => void;
}

/** The schedule, its numbers and the first day; the suggested dates follow and can be moved afterwards. */
export function StartCourseDialog({ clientId, kind, onClose }: StartCourseDialogProps) {
  const [scheduleKind, setScheduleKind] = useState<ScheduleKind>('clinic-default');
  const [doses, setDoses] = useState<number>(DEFAULT_COURSE_SHAPE[kind].doses);
  const [weeks, setWeeks] = useState<number>(DEFAULT_COURSE_SHAPE[kind].weeks);
  const [maintenance, setMaintenance] = useState<MaintenanceInterval>('weekly');
  const [startDate, setStartDate] = useState(() => localCalendarDate(Date.now()));
  const start = useStartCourse();
  const starting = useSubmit<'startDate'>({
    fieldCodes: { CONFLICT: { field: 'startDate', message: 'A course is under way, or the last one ended on or after this day. Choose a later day.' } },
  });

  const submit = () => {
    if (starting.showProblems({ startDate: startDate ? undefined : 'Enter the day of the first dose.' })) return;
    const schedule: CourseSchedule = scheduleKind === 'clinic-default' ? { kind: scheduleKind, doses, weeks } : { kind: scheduleKind, maintenance };
    void starting.run(async () => {
      await start.mutateAsync({ clientId, kind, schedule, startDate });
      onClose();
    });
  };

  return (
    <FormDialog
      title={`Start ${kind === 'induction' ? 'an induction' : 'a booster'} course`}
      submitLabel="Start course"
      {...starting.formProps}
      onSubmit={submit}
      onClose={onClose}
    >
      <RadioGroup value={scheduleKind} onChange={(value) => setScheduleKind(value as ScheduleKind)} className="field radio-list">
        <Label className="field-label">Schedule</Label>
        <RadioOption value="clinic-default">Clinic default: doses spread evenly over a number of weeks</RadioOption>
        <RadioOption value="esketamine-label">Esketamine label: twice weekly in weeks 1–4, weekly in weeks 5–8</RadioOption>
      </RadioGroup>
      {scheduleKind === 'clinic-default' ? (
        <div className="field-pair">
          <NumberField
            label="Number of doses"
            name="doses"
            value={doses}
            onChange={setDoses}
            decimals={0}
            bounds={{ ...COURSE_LIMITS.doses, required: true }}
          />
          <NumberField
            label="Over how many weeks"
            name="weeks"
            value={weeks}
            onChange={setWeeks}
            decimals={0}
            bounds={{ ...COURSE_LIMITS.weeks, unit: 'weeks', required: true }}
          />
        </div>
      ) : (
        <RadioGroup value={maintenance} onChange={(value) => setMaintenance(value as MaintenanceInterval)} className="field radio-list">
          <Label className="field-label">After week 8</Label>
          <RadioOption value="weekly">Weekly</RadioOption>
          <RadioOption value="every-two-weeks">Every two weeks</RadioOption>
        </RadioGroup>
      )}
      <TextInputField
        label="First dose"
        description={`${COURSE_KIND_LABELS[kind]} dates are suggested from this day; you can move each one.`}
        inputType="date"
        min={EARLIEST_CALENDAR_DATE}
        value={startDate}
        {...starting.bind('startDate', setStartDate)}
        isRequired
      />
    </FormDialog>
  );
}
