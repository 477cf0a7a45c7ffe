import { useState } from 'react';
import type { FollowUpContact, FollowUpPreparation } from '../../../../shared/contract';
import { localCalendarDate } from '../../../../shared/calendar-date';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { MarkDoneDialog, MoveContactDialog, SkipDialog } from './ContactDialogs';
import { contactRowClass, ContactSummary } from './ContactSummary';

type Open = { kind: 'done' | 'skip' | 'move'; contact: FollowUpContact } | null;

/** The contacts the last dose proposed: mark one done, skip it with a reason, or move its day. */
export function ContactsSection({ preparation }: { preparation: FollowUpPreparation & { lastSession: NonNullable<FollowUpPreparation['lastSession']> } }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const { contacts, lastSession } = preparation;
  return (
    <section className="record-section" aria-labelledby="follow-up-contacts-title">
      <Heading level={2} id="follow-up-contacts-title" className="section-title">
        Follow-up contacts
      </Heading>
      {contacts.length === 0 ? (
        <p className="hint">No contacts were proposed for this dose. The clinic sets them in Settings, “Follow-up contacts”.</p>
      ) : (
        <ul className="plain-list" aria-label="Follow-up contacts">
          {contacts.map((contact) => (
            <li key={contact.id} className={contactRowClass(contact)}>
              <ContactSummary contact={contact} />
              {contact.status === 'planned' ? (
                <span className="follow-up-actions no-print">
                  <ActionButton variant="quiet" aria-label={`Mark done: ${contact.label}`} onPress={() => setOpen({ kind: 'done', contact })}>
                    Mark done
                  </ActionButton>
                  <ActionButton variant="quiet" aria-label={`Skip: ${contact.label}`} onPress={() => setOpen({ kind: 'skip', contact })}>
                    Skip
                  </ActionButton>
                  <ActionButton variant="quiet" aria-label={`Move: ${contact.label}`} onPress={() => setOpen({ kind: 'move', contact })}>
                    Move
                  </ActionButton>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {open?.kind === 'done' ? <MarkDoneDialog contact={open.contact} notes={preparation.notes} onClose={close} /> : null}
      {open?.kind === 'skip' ? <SkipDialog contact={open.contact} onClose={close} /> : null}
      {open?.kind === 'move' ? <MoveContactDialog contact={open.contact} doseDay={localCalendarDate(lastSession.dosedAt)} onClose={close} /> : null}
    </section>
  );
}
