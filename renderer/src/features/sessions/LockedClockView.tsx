import type { MethodOutput } from '../../../../shared/contract';
import { isDeviceCue } from '../../../../shared/session/device-cues';
import { computeSessionClock, formatElapsed } from '../../../../shared/session/session-clock';
import { ActionButton } from '../../ui/ActionButton';
import { formatCountdown } from '../../ui/time-text';
import { useNow } from './use-now';
import './locked-clock.css';

export type LockedClock = NonNullable<MethodOutput<'sessions.lockedClock'>['clock']>;

interface LockedClockViewProps {
  clock: LockedClock;
  busy: boolean;
  /** Acknowledges a due cue by its id; a device cue waits for the room, where the device is recorded as a dose. */
  onAcknowledge: (cueId: string) => void;
}

export function LockedClockView({ clock, busy, onAcknowledge }: LockedClockViewProps) {
  const now = useNow(clock.anchors.dosedAt);
  const state = computeSessionClock(clock.anchors, clock.protocol, now);
  if (state.elapsedMs === null) return null;
  const due = state.cues.filter((cue) => cue.state === 'due');
  return (
    <section className="locked-clock" aria-label="Session in progress">
      <p className="locked-clock-caption">Session in progress · time since the dose</p>
      <p className="locked-clock-time" role="timer" aria-label="Time since the dose">
        {formatElapsed(state.elapsedMs)}
      </p>
      {state.phase ? (
        <p className="locked-clock-phase">
          {state.phase.label}
          {state.nextPhase ? (
            <span className="locked-clock-next">
              {' '}
              · next: {state.nextPhase.label} {formatCountdown(state.nextPhase.startsAt - now)}
            </span>
          ) : null}
        </p>
      ) : null}
      {due.length > 0 ? (
        <ul className="plain-list locked-clock-due-list" aria-label="Due now">
          {due.map((cue) => (
            <li key={cue.id} className="locked-clock-due">
              <span>Due: {cue.label}</span>
              {isDeviceCue(cue) ? (
                <span className="locked-clock-next">Unlock to record the device.</span>
              ) : (
                <ActionButton variant="secondary" onPress={() => onAcknowledge(cue.id)} isDisabled={busy} aria-label={`Acknowledge: ${cue.label}`}>
                  Acknowledge
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
