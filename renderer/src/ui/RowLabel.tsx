import { Label } from 'react-aria-components';

interface RowLabelProps {
  label: string;
  /** ", row 2": heard, not seen, so every field in a worksheet has a name of its own. */
  suffix?: string;
  /** Under a visible column heading the whole label is for screen readers only. */
  hidden?: boolean;
}

/**
 * The full name is one unbroken text for screen readers: a hidden suffix beside visible text
 * would be read with a stray space ("Situation , row 2") in Chromium.
 */
export function RowLabel({ label, suffix = '', hidden = false }: RowLabelProps) {
  if (hidden) return <Label className="visually-hidden">{label + suffix}</Label>;
  if (!suffix) return <Label className="field-label">{label}</Label>;
  return (
    <Label className="field-label">
      <span aria-hidden="true">{label}</span>
      <span className="visually-hidden">{label + suffix}</span>
    </Label>
  );
}
