import type { Session } from '../contract/sessions';
import { resolveTimeline, type TimelineEntry, type TimelineEvent } from '../session/timeline';

type SearchedEntry = Extract<TimelineEntry, { kind: 'observation' | 'quote' }>;

/** What was seen, and what the client said: the timeline's words a therapist looks for later. */
function isSearchedEntry(entry: TimelineEntry): entry is SearchedEntry {
  return entry.kind === 'observation' || entry.kind === 'quote';
}

/**
 * What search finds a session by: its intention, then its observations and the client's words as
 * the timeline now stands (a correction's words replace the original's; a withdrawn entry is gone).
 */
export function sessionSearchBody(session: Pick<Session, 'intention'>, events: readonly TimelineEvent[]): string {
  const words = resolveTimeline(events).flatMap(({ retracted, entry }) => (!retracted && isSearchedEntry(entry) ? [entry.text] : []));
  return [session.intention ?? '', ...words].filter((text) => text.trim() !== '').join('\n');
}

/**
 * Whether appending this to a timeline can change its search text: words seen or said (new or
 * corrected), or a withdrawal (null), which may take words away. A vital sign or a sedation score
 * cannot, so logging one leaves the session's search entry alone, and with it the read of the
 * whole timeline that rebuilding the entry takes.
 */
export function changesSessionSearchText(entry: TimelineEntry | null): boolean {
  return entry === null || isSearchedEntry(entry);
}

/** A session's name in results: its place in the course. */
export function sessionSearchTitle(session: Pick<Session, 'courseSessionNumber'>): string {
  return `Session ${session.courseSessionNumber}`;
}
