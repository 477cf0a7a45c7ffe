import { Input, NumberField, Text } from '../../../ui/aria-primitives';
import { RowLabel } from './RowLabel';

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
 * A rating on a fixed scale (SUDS, belief %, pleasure 0-10). Unlike session readings these are
 * bounded by definition, so react-aria keeps the value inside the scale and the arrow keys step
 * through it; the range is written beside the field, so a clamped value is never a surprise.
 */
export function ScaleInput({ label, labelSuffix, labelHidden = false, max, value, onChange }: ScaleInputProps) {
  return (
    <NumberField
      value={value ?? Number.NaN}
      onChange={(next) => onChange(Number.isNaN(next) ? null : next)}
      minValue={0}
      maxValue={max}
      step={1}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
      className="field scale-field"
    >
      <RowLabel label={label} suffix={labelSuffix} hidden={labelHidden} />
      <Input className="field-input number-input" />
      {labelHidden ? null : (
        <Text slot="description" className="field-description">
          0–{max}
        </Text>
      )}
    </NumberField>
  );
}
