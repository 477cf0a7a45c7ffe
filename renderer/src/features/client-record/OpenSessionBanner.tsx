import type { SessionSummary } from '../../../../shared/contract';
import { ActionButton } from '../../ui/ActionButton';

/** A session already under way (or planned and waiting for check-in) is one press away. */
export function OpenSessionBanner({ sessions, onOpen }: { sessions: readonly SessionSummary[]; onOpen: (sessionId: string) => void }) {
  const open =
    sessions.find((session) => session.status === 'checked-in' || session.status === 'dosed') ?? sessions.find((session) => session.status === 'planned');
  if (!open) return null;
  const running = open.status !== 'planned';
  return (
    <div className="open-session-banner">
      <p>{running ? `Session ${open.courseSessionNumber} is in progress.` : `Session ${open.courseSessionNumber} is planned and waiting for check-in.`}</p>
      <ActionButton variant="primary" onPress={() => onOpen(open.id)}>
        {running ? 'Return to the session room' : 'Go to check-in'}
      </ActionButton>
    </div>
  );
}
