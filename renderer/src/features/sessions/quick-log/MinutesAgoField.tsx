import { MINUTES_AGO_MAX } from './entry-save';
import { NumberField } from '../../../ui/NumberField';

interface MinutesAgoFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  name?: string;
}

/** Back-dating in the simplest terms at the bedside: how many minutes ago. Empty or 0 means now. */
export function MinutesAgoField({ label, value, onChange, name = 'minutesAgo' }: MinutesAgoFieldProps) {
  return (
    <NumberField
      name={name}
      label={label}
      description={`0 for now, up to ${MINUTES_AGO_MAX}.`}
      value={value}
      onChange={onChange}
      decimals={0}
      className="field-short"
    />
  );
}
