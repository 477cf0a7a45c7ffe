import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';
import type { FormSubmitEvent } from './form-submit-event';

export interface SubmitFormProps {
  submitLabel: string;
  busy: boolean;
  /** The sentence above the buttons (a problem not tied to one field); null when there is none. */
  error: ReactNode;
  /** Per-field messages, keyed by each field's name. */
  validationErrors?: Partial<Record<string, string>>;
  /** Called on submit (Enter or the button), never while busy. */
  onSubmit: () => void;
  /** Buttons before the submit button: Cancel, Back, "Show code again". */
  otherActions?: ReactNode;
  /**
   * 'aria' (the default): problems come from validationErrors, said as the therapist types.
   * 'native': the browser's own checks (a required field left empty) also stop the submit.
   */
  validationBehavior?: 'aria' | 'native';
  children: ReactNode;
}

/** A form that ends in its problem sentence and a row of buttons, the submit button last. */
export function SubmitForm({ submitLabel, busy, error, validationErrors, onSubmit, otherActions, validationBehavior = 'aria', children }: SubmitFormProps) {
  const submit = (event: FormSubmitEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Form onSubmit={submit} validationErrors={validationErrors as Record<string, string> | undefined} validationBehavior={validationBehavior} className="form">
      {children}
      <FormAlert>{error}</FormAlert>
      <div className="actions">
        {otherActions}
        <ActionButton type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </ActionButton>
      </div>
    </Form>
  );
}
