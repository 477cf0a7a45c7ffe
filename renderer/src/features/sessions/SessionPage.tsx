import type { ReactNode } from 'react';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useScreenTheme } from '../../ui/screen-theme';
import { nameInRoom, useClient } from '../client-record';
import { useSettings } from '../settings';
import { CheckInScreen } from './CheckInScreen';
import { useSessionDetail } from './session-queries';
import { SessionRoom } from './SessionRoom';
import { SessionSummary } from './SessionSummary';
import './fields/session-fields.css';
import './room.css';
import './timeline.css';
import './summary.css';
import { useNavigation } from '../../navigation/navigation';

function Waiting({ children }: { children: ReactNode }) {
  return <div className="room room-theme room-waiting">{children}</div>;
}

/** One session, at whatever stage it is: check-in, the room (before and after the dose), or its summary once discharged or cancelled. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { openClient } = useNavigation();
  const detail = useSessionDetail(sessionId);
  const client = useClient(detail.data?.session.clientId ?? '', { enabled: detail.data !== undefined });
  const settings = useSettings();
  const failure = detail.error ?? client.error ?? settings.error;
  // Low light for the room and while it opens; the summary of a finished session is a page like any other.
  const ended = detail.data?.session.status === 'discharged' || detail.data?.session.status === 'cancelled';
  useScreenTheme(ended ? 'default' : 'room');

  if (failure) {
    return (
      <Waiting>
        <FormAlert>{describeError(failure)}</FormAlert>
        <ActionButton onPress={() => void Promise.all([detail.refetch(), client.refetch(), settings.refetch()])}>Try again</ActionButton>
      </Waiting>
    );
  }
  if (!detail.data || !client.data || !settings.data) {
    return (
      <Waiting>
        <p className="loading">Opening the session…</p>
      </Waiting>
    );
  }

  const { session } = detail.data;
  // Back to the client's page; the session keeps running if it has not ended.
  const leave = () => openClient(session.clientId);
  switch (session.status) {
    case 'planned':
      return <CheckInScreen session={session} clientName={nameInRoom(client.data)} settings={settings.data} onLeave={leave} />;
    case 'checked-in':
    case 'dosed':
      return <SessionRoom detail={detail.data} clientName={nameInRoom(client.data)} settings={settings.data} onLeave={leave} />;
    case 'discharged':
    case 'cancelled':
      return <SessionSummary detail={detail.data} client={client.data} settings={settings.data} onBack={leave} />;
  }
}
