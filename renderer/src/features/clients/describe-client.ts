import { isCalendarDate, utcMidnightOf } from '../../../../shared/calendar-date';
import type { Client } from '../../../../shared/contract';

const dateOfBirthFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** "2 May 1980" from "1980-05-02"; the date is a calendar date, so it is read and shown in UTC. */
export function formatDateOfBirth(isoDate: string): string {
  return isCalendarDate(isoDate) ? dateOfBirthFormat.format(utcMidnightOf(isoDate)) : isoDate;
}

/** The small print under a client's name: what they like to be called, pronouns, birth date. */
export function clientDetails(client: Client): string[] {
  const details: string[] = [];
  if (client.preferredName) details.push(`Goes by ${client.preferredName}`);
  if (client.pronouns) details.push(client.pronouns);
  if (client.dateOfBirth) details.push(`Born ${formatDateOfBirth(client.dateOfBirth)}`);
  return details;
}
