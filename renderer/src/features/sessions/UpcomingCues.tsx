import { Heading } from '../../ui/aria-primitives';
import type { CueState } from '../../../../shared/session/session-clock';
import { formatClockTime, formatCountdown } from '../../ui/time-text';

const SHOWN = 3;

/** The next few cues counting down, plainly: nothing here needs attention yet. */
export function UpcomingCues({ cues }: { cues: readonly CueState[] }) {
  const upcoming = cues.filter((cue) => cue.state === 'upcoming').slice(0, SHOWN);
  if (upcoming.length === 0) return null;
  return (
    <section className="cue-upcoming-section" aria-labelledby="cues-coming-up">
      <Heading level={2} id="cues-coming-up" className="cue-heading">
        Coming up
      </Heading>
      <ul className="plain-list cue-upcoming-list">
        {upcoming.map((cue) => (
          <li key={cue.id} className="cue-upcoming">
            <span className="cue-label">{cue.label}</span>
            <span className="cue-when">
              {formatCountdown(cue.remainingMs)} <span className="cue-at">at {formatClockTime(cue.dueAt)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
