import { useState } from 'react';
import { Heading } from '../../../ui/aria-primitives';
import { ActionButton } from '../../../ui/ActionButton';
import { useRemsPending } from '../session-queries';
import { formatDate } from '../../../ui/time-text';
import { daysUntil } from '../../../../../shared/calendar-date';
import { describeDeadline } from './rems-deadline';
import './rems.css';
import { useNavigation } from '../../../navigation/navigation';

/** On the home screen: every REMS form not yet marked submitted, soonest deadline first. Nothing when there are none. */
export function RemsPendingPanel() {
  const { openSession } = useNavigation();
  const pending = useRemsPending();
  // Deadlines count whole days: the time the panel opened is precise enough.
  const [now] = useState(() => Date.now());
  if (!pending.data || pending.data.length === 0) return null;
  const items = [...pending.data].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <section className="rems-pending" aria-labelledby="rems-pending-title">
      <Heading level={2} id="rems-pending-title" className="rems-pending-title">
        REMS forms to submit
      </Heading>
      <ul className="rems-pending-list">
        {items.map((item) => (
          <li key={item.sessionId} className="rems-pending-item" data-overdue={daysUntil(item.dueDate, now) < 0 || undefined}>
            <span>
              <strong>{item.clientName}</strong>, session of {formatDate(item.dosedAt)}: {describeDeadline(item.dueDate, now)}
            </span>
            <ActionButton
              variant="quiet"
              onPress={() => openSession(item.sessionId)}
              aria-label={`Open the REMS form for ${item.clientName}, ${formatDate(item.dosedAt)}`}
            >
              Open form
            </ActionButton>
          </li>
        ))}
      </ul>
    </section>
  );
}
