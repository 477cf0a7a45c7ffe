import { useRef, useState, type FormEvent } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { EARLIEST_CALENDAR_DATE, FIELD_LIMITS, type Client } from '../../../../shared/contract';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useFieldErrors } from '../../ui/use-field-errors';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import {
  clientFormProblems,
  draftFromFormValues,
  EMPTY_CLIENT_FORM,
  formValuesFromClient,
  type ClientFormField,
  type ClientFormValues,
} from './client-form-values';
import { useCreateClient, useUpdateClient } from './client-queries';

interface ClientFormDialogProps {
  /** The client to edit; null to add a new one. */
  client: Client | null;
  onClose(): void;
  onSaved(client: Client): void;
}

export function ClientFormDialog({ client, onClose, onSaved }: ClientFormDialogProps) {
  /** The latest date of birth the date picker offers. */
  const [today] = useState(() => localCalendarDate(Date.now()));
  const [values, setValues] = useState<ClientFormValues>(() => (client ? formValuesFromClient(client) : EMPTY_CLIENT_FORM));
  const { errors, setErrors, clearError } = useFieldErrors<ClientFormField>();
  const [alert, setAlert] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();
  const pending = createClient.isPending || updateClient.isPending;

  const bind = (field: ClientFormField) => ({
    name: field,
    value: values[field],
    onChange: (value: string) => {
      setValues((current) => ({ ...current, [field]: value }));
      clearError(field);
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setAlert(null);
    const problems = clientFormProblems(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      if (problems.displayName) nameRef.current?.focus();
      return;
    }
    const draft = draftFromFormValues(values);
    try {
      const saved = client ? await updateClient.mutateAsync({ id: client.id, ...draft }) : await createClient.mutateAsync(draft);
      onSaved(saved);
    } catch (error) {
      setAlert(describeError(error));
    }
  };

  return (
    <ModalOverlay isOpen onOpenChange={(open) => !open && onClose()} className="modal-overlay">
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {client ? `Edit ${client.displayName}` : 'Add client'}
          </Heading>
          <Form onSubmit={submit} validationErrors={errors} validationBehavior="aria" className="form">
            <p className="hint">Only the name is required.</p>
            <TextInputField
              {...bind('displayName')}
              label="Name"
              description="The name you use in your records."
              inputRef={nameRef}
              autoFocus
              isRequired
              maxLength={FIELD_LIMITS.name}
              autoComplete="off"
            />
            <div className="field-pair">
              <TextInputField {...bind('preferredName')} label="Preferred name" maxLength={FIELD_LIMITS.name} autoComplete="off" />
              <TextInputField {...bind('pronouns')} label="Pronouns" description="For example she/her or they/them." maxLength={FIELD_LIMITS.pronouns} autoComplete="off" />
            </div>
            <TextInputField {...bind('dateOfBirth')} label="Date of birth" inputType="date" min={EARLIEST_CALENDAR_DATE} max={today} className="field-short" />
            <TextAreaField
              {...bind('about')}
              label="About"
              description="A little context. Clinical notes belong in session notes."
              maxLength={FIELD_LIMITS.clientNote}
              rows={3}
            />
            <FormAlert>{alert}</FormAlert>
            <div className="actions">
              <ActionButton onPress={onClose}>Cancel</ActionButton>
              <ActionButton type="submit" variant="primary" busy={pending}>
                {client ? 'Save changes' : 'Add client'}
              </ActionButton>
            </div>
          </Form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
