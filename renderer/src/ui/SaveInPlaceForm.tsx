import type { ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { FormAlert } from './FormAlert';
import { RefusedNumbersContext, useRefusedNumbers } from './refused-numbers';
import type { Submit } from './use-submit';
import type { FormSubmitEvent } from './form-submit-event';

interface SaveInPlaceFormProps {
  submitLabel: string;
  variant?: 'primary' | 'secondary';
  /** Extra classes on the form ('form-inline' puts the fields and the button on one line). */
  className?: string;
  /** The form's useSubmit: its busy, error and done are shown here. Fields call its markChanged. */
  submit: Pick<Submit, 'busy' | 'error' | 'done' | 'run'>;
  /** Per-field messages, keyed by each field's name. */
  validationErrors?: Partial<Record<string, string>>;
  /** False while a field holds something that cannot be sent (a number being typed): submitting does nothing. */
  canSave?: boolean;
  onSave: () => Promise<unknown>;
  children: ReactNode;
}

/** A settings form that stays on screen: the fields, the button with "Saved." beside it once saved, and the problem below. */
export function SaveInPlaceForm({
  submitLabel,
  variant = 'primary',
  className,
  submit,
  canSave = true,
  validationErrors,
  onSave,
  children,
}: SaveInPlaceFormProps) {
  const refusedNumbers = useRefusedNumbers();
  const save = (event: FormSubmitEvent) => {
    event.preventDefault();
    if (canSave && !refusedNumbers.holdSubmit()) void submit.run(onSave);
  };
  return (
    <Form
      onSubmit={save}
      validationErrors={validationErrors as Record<string, string> | undefined}
      validationBehavior="aria"
      className={['form', className].filter(Boolean).join(' ')}
    >
      <RefusedNumbersContext.Provider value={refusedNumbers.registry}>{children}</RefusedNumbersContext.Provider>
      <div className="actions">
        <ActionButton type="submit" variant={variant} busy={submit.busy}>
          {submitLabel}
        </ActionButton>
        <span role="status" className="saved-note">
          {submit.done ? 'Saved.' : ''}
        </span>
      </div>
      <FormAlert>{submit.error}</FormAlert>
    </Form>
  );
}
