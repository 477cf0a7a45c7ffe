import type { SessionSummary } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';
import { describeDeadline } from '../sessions';

/** Esketamine sessions whose REMS form is not marked submitted, each with its 7-day deadline. */
export function RemsDeadlines({ sessions, now, onOpen }: { sessions: readonly SessionSummary[]; now: number; onOpen: (sessionId: string) => void }) {
  const pending = sessions.filter((session) => session.remsDueDate !== null && session.remsSubmittedAt === null);
  if (pending.length === 0) return null;
  return (
    <ul className="plain-list deadline-list" aria-label="REMS forms to submit">
      {pending.map((session) => (
        <li key={session.id} className="flag-row deadline">
          <span>
            REMS form for session {session.courseSessionNumber}: <strong>{describeDeadline(session.remsDueDate!, now)}</strong>
          </span>
          <ActionButton variant="quiet" onPress={() => onOpen(session.id)} aria-label={`Open the REMS form for session ${session.courseSessionNumber}`}>
            Open form
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
