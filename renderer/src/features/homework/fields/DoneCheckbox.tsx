import { Checkbox } from 'react-aria-components';

/** "Done" in a row under a visible "Done" heading; the full name ("Done, step 2") is for screen readers. */
export function DoneCheckbox({ label, value, onChange }: { label: string; value: boolean; onChange: (value: boolean) => void }) {
  return (
    <Checkbox isSelected={value} onChange={onChange} aria-label={label} className="checkbox homework-done">
      <span className="checkbox-box" aria-hidden="true" />
    </Checkbox>
  );
}
