import type { Ref } from 'react';
import { VITAL_RANGES, type VitalField } from '../../../../../shared/session/timeline';
import { NumberField } from '../../../ui/NumberField';
import { VITAL_FIELDS, type VitalsDraft } from './vitals-draft';

const SHORT_LABELS: Record<VitalField, string> = {
  systolic: 'Systolic',
  diastolic: 'Diastolic',
  heartRate: 'Heart rate',
  spo2: 'SpO2',
};

interface VitalsFieldsProps {
  value: VitalsDraft;
  /** The whole draft after one field changed, and which field it was (to clear that field's message). */
  onChange: (value: VitalsDraft, field: VitalField) => void;
  firstFieldRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/** Blood pressure, heart rate and SpO2, each labelled with its unit and plausible range. Errors come from the surrounding Form. */
export function VitalsFields({ value, onChange, firstFieldRef, autoFocus }: VitalsFieldsProps) {
  return (
    <div className="vitals-fields">
      {VITAL_FIELDS.map((field, index) => {
        const { min, max, unit } = VITAL_RANGES[field];
        return (
          <NumberField
            key={field}
            name={field}
            label={`${SHORT_LABELS[field]} (${unit})`}
            description={`${min}–${max}`}
            value={value[field]}
            onChange={(reading) => onChange({ ...value, [field]: reading }, field)}
            decimals={0}
            inputRef={index === 0 ? firstFieldRef : undefined}
            autoFocus={autoFocus && index === 0}
          />
        );
      })}
    </div>
  );
}
