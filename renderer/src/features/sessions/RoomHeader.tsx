import { PageTitle } from '../../ui/PageTitle';
import type { Session } from '../../../../shared/contract';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';

interface RoomHeaderProps {
  session: Session;
  /** Preferred or display name: the only thing in the room that names the client. */
  clientName: string;
  /** Present once the dose is given: discharge needs a T0. */
  onDischarge?: () => void;
  /** Present until the dose is given: a deferred dose ends the session as cancelled. */
  onCancelSession?: () => void;
  onLeave: () => void;
}

export function RoomHeader({ session, clientName, onDischarge, onCancelSession, onLeave }: RoomHeaderProps) {
  return (
    <header className="room-header">
      <div className="room-title">
        <PageTitle className="room-name">{clientName}</PageTitle>
        <p className="room-plan">
          {ROUTE_LABELS[session.route]} · {session.plannedDoseMg} mg · session {session.courseSessionNumber} of the course
        </p>
      </div>
      <div className="room-header-actions">
        {onDischarge ? (
          <ActionButton variant="secondary" onPress={onDischarge}>
            Discharge…
          </ActionButton>
        ) : null}
        {onCancelSession ? (
          <ActionButton variant="secondary" onPress={onCancelSession}>
            Cancel session (not dosed)…
          </ActionButton>
        ) : null}
        <ActionButton variant="quiet" onPress={onLeave}>
          Back to the client’s page
        </ActionButton>
      </div>
    </header>
  );
}
