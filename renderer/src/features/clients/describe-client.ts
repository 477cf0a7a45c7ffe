import type { Client } from '../../../../shared/contract';
import { formatCalendarDate } from '../../ui/time-text';

/** The small print under a client's name: what they like to be called, pronouns, birth date. */
export function clientDetails(client: Client): string[] {
  const details: string[] = [];
  if (client.preferredName) details.push(`Goes by ${client.preferredName}`);
  if (client.pronouns) details.push(client.pronouns);
  if (client.dateOfBirth) details.push(`Born ${formatCalendarDate(client.dateOfBirth)}`);
  return details;
}
