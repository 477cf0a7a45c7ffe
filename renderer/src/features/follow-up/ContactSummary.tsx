import type { FollowUpContact } from '../../../../shared/contract';
import { formatCalendarDay, formatDateTime } from '../../ui/time-text';

function contactState(contact: FollowUpContact): string {
  if (contact.status === 'done') return `done ${formatDateTime(contact.doneAt!)}${contact.noteId ? ', with a note' : ''}`;
  if (contact.status === 'skipped') return `skipped: ${contact.skipReason ?? ''}`;
  return contact.dateMoved ? 'planned, moved' : 'planned';
}

/** A planned contact stands out as work to do; a done or skipped one reads as history. */
export function contactRowClass(contact: FollowUpContact): string {
  return contact.status === 'planned' ? 'flag-row' : 'follow-up-row';
}

/** One contact in a line: its name, its day and where it stands (planned, moved, done, skipped and why). */
export function ContactSummary({ contact }: { contact: FollowUpContact }) {
  return (
    <span>
      <strong>{contact.label}</strong> · {formatCalendarDay(contact.dueDate)} · {contactState(contact)}
    </span>
  );
}
