import { formatElapsed, type SessionClock } from '../../../../shared/session/session-clock';
import type { MarkablePhase } from '../../../../shared/session/protocol';
import { ActionButton } from '../../ui/ActionButton';
import { formatCountdown, formatSinceDose } from '../../ui/time-text';

interface ClockPanelProps {
  clock: SessionClock;
  elapsedMs: number;
  dosedAt: number;
  now: number;
  busy: boolean;
  onMark: (phase: MarkablePhase) => void;
  /** When the therapist last logged the client clinically ready to leave; null if not yet. */
  readyAt: number | null;
  onReady: () => void;
}

const MARKS: { phase: MarkablePhase; label: string }[] = [
  { phase: 'onset', label: 'Mark onset' },
  { phase: 'return', label: 'Mark return' },
];

/** The big clock since the dose, the phase now and the one after it; readable from across the room. */
export function ClockPanel({ clock, elapsedMs, dosedAt, now, busy, onMark, readyAt, onReady }: ClockPanelProps) {
  return (
    <section className="clock-panel" aria-label="Session clock">
      <p className="clock-caption" aria-hidden="true">
        Time since the dose
      </p>
      <p className="room-clock" role="timer" aria-label="Time since the dose">
        {formatElapsed(elapsedMs)}
      </p>
      {clock.phase ? (
        <p className="phase-now">
          <span className="phase-name">{clock.phase.label}</span>
          <span className="phase-detail">
            {clock.phase.marked ? 'marked at' : 'from'} {formatSinceDose(clock.phase.startsAt, dosedAt)}
          </span>
        </p>
      ) : null}
      <div className="phase-row">
        {clock.nextPhase ? (
          <p className="phase-next">
            Next: <strong>{clock.nextPhase.label}</strong> {formatCountdown(clock.nextPhase.startsAt - now)}
          </p>
        ) : (
          <span />
        )}
        <div className="phase-marks">
          {MARKS.map(({ phase, label }) => {
            const span = clock.phases.find((candidate) => candidate.key === phase);
            if (!span) return null;
            return (
              <ActionButton key={phase} onPress={() => onMark(phase)} isDisabled={busy}>
                {label}
                {span.marked ? <span className="mark-done">marked {formatSinceDose(span.startsAt, dosedAt)}</span> : null}
              </ActionButton>
            );
          })}
          <ActionButton onPress={onReady} isDisabled={busy}>
            Clinically ready
            {readyAt !== null ? <span className="mark-done">logged {formatSinceDose(readyAt, dosedAt)}</span> : null}
          </ActionButton>
        </div>
      </div>
    </section>
  );
}
