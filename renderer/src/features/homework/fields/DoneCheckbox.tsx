import { CheckboxOption } from '../../../ui/ChoiceControls';

/** "Done" in a row under a visible "Done" heading; the full name ("Done, step 2") is for screen readers. */
export function DoneCheckbox({ labelSuffix, value, onChange }: { labelSuffix: string; value: boolean; onChange: (value: boolean) => void }) {
  return <CheckboxOption isSelected={value} onChange={onChange} aria-label={`Done${labelSuffix}`} className="homework-done"></CheckboxOption>;
}
