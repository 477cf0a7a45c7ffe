import { describe, expect, it } from 'vitest';
import type { Client } from '../../../../../../shared/contract';
import {
  clientFormProblems,
  draftFromFormValues,
  EMPTY_CLIENT_FORM,
  formValuesFromClient,
} from '../../../../../../renderer/src/features/clients/client-form-values';
import { clientDetails } from '../../../../../../renderer/src/features/clients/describe-client';
import { formatCalendarDate } from '../../../../../../renderer/src/ui/time-text';

const client: Client = {
  id: 'c1',
  displayName: 'José Álvarez',
  preferredName: 'Pepe',
  pronouns: 'he/him',
  dateOfBirth: '1980-05-02',
  sex: null,
  about: null,
  archivedAt: null,
  createdAt: 0,
  updatedAt: 0,
};

describe('client form values', () => {
  it('round-trips a client, with missing values as empty strings', () => {
    const values = formValuesFromClient(client);
    expect(values.about).toBe('');
    expect(draftFromFormValues(values)).toEqual({ ...values, dateOfBirth: '1980-05-02', sex: null });
  });

  it('keeps the recorded sex and sends "not recorded" as null', () => {
    const values = formValuesFromClient({ ...client, sex: 'male' });
    expect(values.sex).toBe('male');
    expect(draftFromFormValues(values).sex).toBe('male');
    expect(draftFromFormValues({ ...values, sex: '' }).sex).toBeNull();
  });

  it('sends an empty date of birth as null', () => {
    expect(draftFromFormValues({ ...EMPTY_CLIENT_FORM, displayName: 'A' }).dateOfBirth).toBeNull();
  });

  it('words the contract’s refusals for the form', () => {
    expect(clientFormProblems({ ...EMPTY_CLIENT_FORM, displayName: '   ' })).toEqual({ displayName: 'Enter a name (up to 200 characters).' });
    expect(clientFormProblems({ ...EMPTY_CLIENT_FORM, displayName: 'A', dateOfBirth: '1980-02-31' })).toEqual({
      dateOfBirth: 'Enter a real date after 1900, or leave it empty.',
    });
    expect(clientFormProblems({ ...EMPTY_CLIENT_FORM, displayName: 'A' })).toEqual({});
  });
});

describe('client details', () => {
  it('lists preferred name, pronouns and birth date', () => {
    expect(clientDetails(client)).toEqual(['Goes by Pepe', 'he/him', `Born ${formatCalendarDate('1980-05-02')}`]);
    expect(formatCalendarDate('1980-05-02')).toMatch(/1980/);
  });

  it('is empty when nothing optional is known', () => {
    expect(clientDetails({ ...client, preferredName: null, pronouns: null, dateOfBirth: null })).toEqual([]);
  });
});
