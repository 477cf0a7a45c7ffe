import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';
import { RefusedNumbersContext, useRefusedNumbers } from './refused-numbers';
import type { FormSubmitEvent } from './form-submit-event';

export interface SubmitFormProps {
  submitLabel: string;
  busy: boolean;
  /** The submit button is off and Enter does nothing (a wait main imposed); the fields stay editable. */
  submitDisabled?: boolean;
  /** The sentence above the buttons (a problem not tied to one field); null when there is none. */
  error: ReactNode;
  /** Per-field messages, keyed by each field's name. */
  validationErrors?: Partial<Record<string, string>>;
  /** Called on submit (Enter or the button), never while busy nor while a number field holds text it refused. */
  onSubmit: () => void;
  /** Buttons before the submit button: Cancel, Back, "Show code again". */
  otherActions?: ReactNode;
  /**
   * 'aria' (the default): problems come from validationErrors, said as the therapist types.
   * 'native': the browser's own checks (a required field left empty) also stop the submit.
   */
  validationBehavior?: 'aria' | 'native';
  /** Extra classes on the form; and the form's name, when a heading inside it names it (a form on a page). */
  className?: string;
  'aria-labelledby'?: string;
  children: ReactNode;
}

/** A form that ends in its problem sentence and a row of buttons, the submit button last. */
export function SubmitForm({
  submitLabel,
  busy,
  submitDisabled = false,
  error,
  validationErrors,
  onSubmit,
  otherActions,
  validationBehavior = 'aria',
  className,
  'aria-labelledby': labelledBy,
  children,
}: SubmitFormProps) {
  const refusedNumbers = useRefusedNumbers();
  const submit = (event: FormSubmitEvent) => {
    event.preventDefault();
    if (!busy && !submitDisabled && !refusedNumbers.holdSubmit()) onSubmit();
  };
  return (
    <Form
      onSubmit={submit}
      validationErrors={validationErrors as Record<string, string> | undefined}
      validationBehavior={validationBehavior}
      className={className ? `form ${className}` : 'form'}
      aria-labelledby={labelledBy}
    >
      <RefusedNumbersContext.Provider value={refusedNumbers.registry}>{children}</RefusedNumbersContext.Provider>
      <FormAlert>{error}</FormAlert>
      <div className="actions">
        {otherActions}
        <ActionButton type="submit" variant="primary" busy={busy} isDisabled={submitDisabled}>
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}
