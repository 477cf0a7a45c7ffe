import { NumberField } from '../../../ui/NumberField';
import { formatClockTime, formatSinceDose } from '../../../ui/time-text';
import { type DischargedTimes, lateEntryAt, maxMinutesBeforeDischarge } from './late-entry-time';

interface LateEntryTimeFieldProps {
  times: DischargedTimes;
  dosedAt: number | null;
  minutesBefore: number;
  onChange: (minutes: number) => void;
}

/** When a late entry happened, counted back from the discharge (0: the discharge time), and the time that makes, as the timeline will show it. */
export function LateEntryTimeField({ times, dosedAt, minutesBefore, onChange }: LateEntryTimeFieldProps) {
  const max = maxMinutesBeforeDischarge(times);
  const at = Number.isNaN(minutesBefore) ? null : lateEntryAt(times, minutesBefore);
  const refersTo = at === null || minutesBefore > max || minutesBefore < 0 ? '' : ` It refers to ${formatClockTime(at)}, ${formatSinceDose(at, dosedAt)}.`;
  return (
    <NumberField
      name="minutesBefore"
      label="Happened this many minutes before the discharge"
      description={`0 for the discharge time (${formatClockTime(times.endedAt)}), up to ${max} for check-in.${refersTo}`}
      value={minutesBefore}
      onChange={onChange}
      decimals={0}
      bounds={{ min: 0, max, unit: 'minutes', required: true }}
      className="field-short"
    />
  );
}
