import type { Session } from '../contract/sessions';
import { resolveTimeline, type TimelineEvent } from '../session/timeline';

/**
 * What search finds a session by: its intention, then its observations and the client's words as
 * the timeline now stands (a correction's words replace the original's; a withdrawn entry is gone).
 */
export function sessionSearchBody(session: Pick<Session, 'intention'>, events: readonly TimelineEvent[]): string {
  // What was seen, and what the client said: the words a therapist looks for later.
  const words = resolveTimeline(events).flatMap(({ retracted, entry }) =>
    !retracted && (entry.kind === 'observation' || entry.kind === 'quote') ? [entry.text] : [],
  );
  return [session.intention ?? '', ...words].filter((text) => text.trim() !== '').join('\n');
}

/** A session's name in results: its place in the course. */
export function sessionSearchTitle(session: Pick<Session, 'courseSessionNumber'>): string {
  return `Session ${session.courseSessionNumber}`;
}
