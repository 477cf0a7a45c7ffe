import type { ClientSex } from '../../../../shared/clients/client-sex';
import { clientDraftSchema, FIELD_LIMITS, type Client, type ClientDraft } from '../../../../shared/contract';

/** The form edits strings; an empty string means "not given". */
export interface ClientFormValues {
  displayName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  sex: ClientSex | '';
  about: string;
}

export type ClientFormField = keyof ClientFormValues;
/** The fields typed as text; sex is chosen from options. */
export type ClientTextField = Exclude<ClientFormField, 'sex'>;

export const EMPTY_CLIENT_FORM: ClientFormValues = { displayName: '', preferredName: '', pronouns: '', dateOfBirth: '', sex: '', about: '' };

export function formValuesFromClient(client: Client): ClientFormValues {
  return {
    displayName: client.displayName,
    preferredName: client.preferredName ?? '',
    pronouns: client.pronouns ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    sex: client.sex ?? '',
    about: client.about ?? '',
  };
}

/** Sent as is: main trims and turns blanks into null, so clearing a field really clears it. */
export function draftFromFormValues(values: ClientFormValues): ClientDraft {
  return { ...values, dateOfBirth: values.dateOfBirth === '' ? null : values.dateOfBirth, sex: values.sex === '' ? null : values.sex };
}

const PROBLEM_SENTENCES: Record<ClientFormField, string> = {
  displayName: `Enter a name (up to ${FIELD_LIMITS.name} characters).`,
  preferredName: `Keep the preferred name to ${FIELD_LIMITS.name} characters.`,
  pronouns: `Keep pronouns to ${FIELD_LIMITS.pronouns} characters.`,
  dateOfBirth: 'Enter a real date after 1900, or leave it empty.',
  sex: 'Choose one of the options, or Not recorded.',
  about: `Keep this to ${FIELD_LIMITS.clientNote.toLocaleString('en')} characters.`,
};

function isField(key: unknown): key is ClientFormField {
  return typeof key === 'string' && Object.hasOwn(PROBLEM_SENTENCES, key);
}

/** Checks with the contract's own schema (the rules main applies), worded for the form. */
export function clientFormProblems(values: ClientFormValues): Partial<Record<ClientFormField, string>> {
  const result = clientDraftSchema.safeParse(draftFromFormValues(values));
  const problems: Partial<Record<ClientFormField, string>> = {};
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (isField(field)) problems[field] = PROBLEM_SENTENCES[field];
  }
  return problems;
}
