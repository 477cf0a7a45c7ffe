import { useId } from 'react';
import { CheckboxOption } from '../../ui/ChoiceControls';

/** Private psychotherapy notes are kept out of search unless the therapist asks for them, each time. */
export function PrivateNotesChoice({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  const descriptionId = useId();
  return (
    <div className="field search-private-choice">
      <span className="field-label" aria-hidden="true">
        Private notes
      </span>
      <CheckboxOption isSelected={value} onChange={onChange} aria-describedby={descriptionId}>
        Include private notes
      </CheckboxOption>
      <p id={descriptionId} className="field-description">
        Psychotherapy notes are searched only while this is ticked.
      </p>
    </div>
  );
}
