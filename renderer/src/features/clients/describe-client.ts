import type { CaseloadFacts, Client } from '../../../../shared/contract';
import { formatCalendarDate, formatDate } from '../../ui/time-text';

/** The small print under a client's name: what they like to be called, pronouns, birth date. */
export function clientDetails(client: Client): string[] {
  const details: string[] = [];
  if (client.preferredName) details.push(`Goes by ${client.preferredName}`);
  if (client.pronouns) details.push(client.pronouns);
  if (client.dateOfBirth) details.push(`Born ${formatCalendarDate(client.dateOfBirth)}`);
  return details;
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function nextDoseText({ date, dose, total, overdue }: NonNullable<CaseloadFacts['nextDose']>): string {
  const which = dose === null ? 'Next maintenance dose' : `Next dose (${dose} of ${total})`;
  return `${which} suggested ${formatCalendarDate(date)}${overdue ? ', overdue' : ''}`;
}

/** Where the client stands, in the list: "Last dose 24 Nov 2026 · Next dose (3 of 6) suggested 27 Nov 2026 · 1 session planned · 2 drafts to finish · 3 homework open". */
export function caseloadLine(facts: CaseloadFacts | undefined): string | null {
  if (!facts) return null;
  const parts = [
    facts.lastDosedAt === null ? null : `Last dose ${formatDate(facts.lastDosedAt)}`,
    facts.nextDose ? nextDoseText(facts.nextDose) : null,
    facts.plannedSessions ? counted(facts.plannedSessions, 'session planned', 'sessions planned') : null,
    facts.draftNotes ? counted(facts.draftNotes, 'draft to finish', 'drafts to finish') : null,
    facts.openHomework ? `${facts.openHomework} homework open` : null,
  ].filter((part) => part !== null);
  return parts.length ? parts.join(' · ') : null;
}
