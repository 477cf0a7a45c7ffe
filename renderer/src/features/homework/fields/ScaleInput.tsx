import { NumberField } from '../../../ui/NumberField';

interface ScaleInputProps {
  label: string;
  /** Read by screen readers after the visible label: ", row 2". */
  labelSuffix?: string;
  /** For inputs under a visible column heading. */
  labelHidden?: boolean;
  max: 10 | 100;
  value: number | null;
  onChange: (value: number | null) => void;
}

/**
 * A rating on a fixed scale (SUDS, belief %, pleasure 0-10), in whole numbers. A number outside
 * the scale (140 for a percentage) is refused with the scale named, never clamped to its end.
 */
export function ScaleInput({ label, labelSuffix, labelHidden = false, max, value, onChange }: ScaleInputProps) {
  return (
    <NumberField
      label={label}
      labelSuffix={labelSuffix}
      labelHidden={labelHidden}
      description={labelHidden ? undefined : `0–${max}`}
      decimals={0}
      bounds={{ min: 0, max }}
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      className="scale-field"
    />
  );
}
