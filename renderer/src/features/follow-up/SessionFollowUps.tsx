import type { Session } from '../../../../shared/contract';
import { Heading } from '../../ui/aria-primitives';
import { ActionButton } from '../../ui/ActionButton';
import { QueryView } from '../../ui/QueryView';
import { useNavigation } from '../../navigation/navigation';
import { contactRowClass, ContactSummary } from './ContactSummary';
import { useSessionFollowUps } from './follow-up-queries';
import './follow-up.css';

/**
 * The follow-up contacts this dose proposed, with where each stands. They are marked done,
 * skipped or moved on the client's follow-up screen, which gathers everything since the last dose.
 */
export function SessionFollowUps({ session }: { session: Pick<Session, 'id' | 'clientId'> }) {
  const contacts = useSessionFollowUps(session.id);
  const { openFollowUp } = useNavigation();
  return (
    <section className="record-section" aria-labelledby="session-follow-ups-title">
      <div className="record-section-header">
        <Heading level={2} id="session-follow-ups-title" className="section-title">
          Follow-up contacts
        </Heading>
        <ActionButton onPress={() => openFollowUp(session.clientId)}>Prepare the follow-up</ActionButton>
      </div>
      <QueryView query={contacts}>
        {(list) =>
          list.length === 0 ? (
            <p className="hint">This dose proposed no contacts. The clinic sets them in Settings, “Follow-up contacts”.</p>
          ) : (
            <ul className="plain-list" aria-label="Follow-up contacts of this dose">
              {list.map((contact) => (
                <li key={contact.id} className={contactRowClass(contact)}>
                  <ContactSummary contact={contact} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
