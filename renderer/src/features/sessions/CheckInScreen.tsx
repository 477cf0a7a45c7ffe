import type { Session, Settings } from '../../../../shared/contract';
import { CheckInForm } from './CheckInForm';
import { DialogThemeContext } from '../../ui/dialog-theme';
import { RoomHeader } from './RoomHeader';

interface CheckInScreenProps {
  session: Session;
  clientName: string;
  settings: Settings;
  onLeave: () => void;
}

/** The room before anything is recorded: already in low light, since the client is already here. */
export function CheckInScreen({ session, clientName, settings, onLeave }: CheckInScreenProps) {
  return (
    <DialogThemeContext.Provider value="room-theme">
      <div className="room room-theme">
        <RoomHeader session={session} clientName={clientName} onLeave={onLeave} />
        <div className="check-in-body">
          <CheckInForm session={session} thresholds={settings.vitalThresholds} />
        </div>
      </div>
    </DialogThemeContext.Provider>
  );
}
