import { useRef, useState } from 'react';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { EARLIEST_CALENDAR_DATE, FIELD_LIMITS, type Client } from '../../../../shared/contract';
import { FormDialog } from '../../ui/FormDialog';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextInputField } from '../../ui/TextInputField';
import { useSubmit } from '../../ui/use-submit';
import {
  clientFormProblems,
  draftFromFormValues,
  EMPTY_CLIENT_FORM,
  formValuesFromClient,
  type ClientFormField,
  type ClientFormValues,
  type ClientTextField,
} from './client-form-values';
import { ClientSexChoice } from './ClientSexChoice';
import { useCreateClient, useUpdateClient } from './client-queries';

interface ClientFormDialogProps {
  /** The client to edit; null to add a new one. */
  client: Client | null;
  onClose: () => void;
  onSaved: (client: Client) => void;
}

export function ClientFormDialog({ client, onClose, onSaved }: ClientFormDialogProps) {
  /** The latest date of birth the date picker offers. */
  const [today] = useState(() => localCalendarDate(Date.now()));
  const [values, setValues] = useState<ClientFormValues>(() => (client ? formValuesFromClient(client) : EMPTY_CLIENT_FORM));
  const nameRef = useRef<HTMLInputElement>(null);
  const saving = useSubmit<ClientFormField>({ fieldRefs: { displayName: nameRef } });
  const createClient = useCreateClient();
  const updateClient = useUpdateClient();

  const bind = (field: ClientTextField) => ({
    ...saving.bind(field, (value: string) => setValues((current) => ({ ...current, [field]: value }))),
    value: values[field],
  });

  const submit = () => {
    if (saving.showProblems(clientFormProblems(values))) return;
    const draft = draftFromFormValues(values);
    void saving.run(async () => onSaved(client ? await updateClient.mutateAsync({ id: client.id, ...draft }) : await createClient.mutateAsync(draft)));
  };

  return (
    <FormDialog
      title={client ? `Edit ${client.displayName}` : 'Add client'}
      submitLabel={client ? 'Save changes' : 'Add client'}
      {...saving.formProps}
      onSubmit={submit}
      onClose={onClose}
    >
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
        <TextInputField
          {...bind('pronouns')}
          label="Pronouns"
          description="For example she/her or they/them."
          maxLength={FIELD_LIMITS.pronouns}
          autoComplete="off"
        />
      </div>
      <TextInputField {...bind('dateOfBirth')} label="Date of birth" inputType="date" min={EARLIEST_CALENDAR_DATE} max={today} className="field-short" />
      <ClientSexChoice value={values.sex} onChange={(sex) => setValues((current) => ({ ...current, sex }))} />
      <TextAreaField
        {...bind('about')}
        label="About"
        description="A little context. Clinical notes belong in session notes."
        maxLength={FIELD_LIMITS.clientNote}
        rows={3}
      />
    </FormDialog>
  );
}
