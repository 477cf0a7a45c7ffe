import type { MethodOutput } from '../../../../shared/contract';
import { computeSessionClock, formatElapsed } from '../../../../shared/session/session-clock';
import { formatCountdown } from '../../ui/time-text';
import { useNow } from './use-now';
import './locked-clock.css';

export type LockedClock = NonNullable<MethodOutput<'sessions.lockedClock'>['clock']>;

export function LockedClockView({ clock }: { clock: LockedClock }) {
  const now = useNow();
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
      {due.length > 0 ? <p className="locked-clock-due">Due: {due.map((cue) => cue.label).join('; ')}. Unlock to acknowledge.</p> : null}
    </section>
  );
}
