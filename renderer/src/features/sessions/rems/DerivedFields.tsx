import { REMS_TEXT_LIMITS, type RemsDerivedField, type RemsManualFields, type RemsPrefill } from '../../../../../shared/session/rems-form';
import { ActionButton } from '../../../ui/ActionButton';
import { TextInputField } from '../../../ui/TextInputField';
import { PrefilledField } from './PrefilledFields';
import { DERIVED_LABELS, derivedText, lateMarkOf } from './rems-questions';

interface DerivedFieldsProps {
  keys: readonly RemsDerivedField[];
  prefill: RemsPrefill;
  overrides: RemsManualFields['overrides'];
  /** A value overrides the timeline's answer; undefined goes back to it. */
  onOverride: (key: RemsDerivedField, value: string | undefined) => void;
}

/**
 * Answers taken from the timeline, read-only until the therapist overrides one. An override starts
 * from the timeline's answer, which stays shown beneath it and can be restored.
 */
export function DerivedFields({ keys, prefill, overrides, onOverride }: DerivedFieldsProps) {
  return (
    <div className="rems-prefilled">
      {keys.map((key) => {
        const label = DERIVED_LABELS[key];
        const derived = derivedText(prefill, key);
        const override = overrides?.[key];
        const late = lateMarkOf(prefill, key);
        return (
          <div key={key} className="derived-field">
            {override === undefined ? (
              <PrefilledField label={label} value={derived} note={late} />
            ) : (
              <TextInputField
                label={label}
                description={`Overridden. The timeline says: ${derived}${late ? ` (${late})` : ''}.`}
                value={override}
                onChange={(value) => onOverride(key, value)}
                maxLength={REMS_TEXT_LIMITS.short}
                autoComplete="off"
              />
            )}
            <ActionButton
              variant="quiet"
              className="derived-field-toggle"
              aria-label={override === undefined ? `Override: ${label}` : `Use the timeline’s answer: ${label}`}
              onPress={() => onOverride(key, override === undefined ? derived : undefined)}
            >
              {override === undefined ? 'Override' : 'Use the timeline’s answer'}
            </ActionButton>
          </div>
        );
      })}
    </div>
  );
}
