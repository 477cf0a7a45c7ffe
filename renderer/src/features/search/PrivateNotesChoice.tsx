import { CheckboxOption } from '../../ui/ChoiceControls';

/** Private psychotherapy notes are kept out of search unless the therapist asks for them, each time. */
export function PrivateNotesChoice({ value, onChange }: { value: boolean; onChange: (value: boolean) => void }) {
  return (
    <div className="field search-private-choice">
      <span className="field-label" aria-hidden="true">
        Private notes
      </span>
      <CheckboxOption isSelected={value} onChange={onChange}>
        Include private notes
      </CheckboxOption>
      <p className="field-description">Off: psychotherapy notes are not searched.</p>
    </div>
  );
}
