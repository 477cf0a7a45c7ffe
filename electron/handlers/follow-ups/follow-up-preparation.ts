import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { FollowUpNote, FollowUpPreparation } from '../../../shared/contract/follow-ups';
import type { NoteSummary } from '../../../shared/contract/notes';
import type { Session } from '../../../shared/contract/sessions';
import { doseDayOf } from '../../../shared/follow-up/follow-up-ladder';
import { sessionHighlights } from '../../../shared/follow-up/session-highlights';
import { remsDueDate } from '../../../shared/session/rems-form';
import { resolveTimeline } from '../../../shared/session/timeline';
import { scoredMeasures } from '../measures/scored-measures';

/** Titles, kinds and states only: the preparation never carries a note's text, so a private note is safe to list. */
const listedNote = (note: NoteSummary): FollowUpNote => ({
  id: note.id,
  sessionId: note.sessionId,
  kind: note.kind,
  title: note.title,
  status: note.status,
  isPrivate: note.isPrivate,
  createdAt: note.createdAt,
});

/** The client's latest dose, by the moment it was given. */
function lastDosedSession(store: RecordStore, clientId: string): (Session & { dosedAt: number }) | null {
  const dosed = store.sessions.listForClient(clientId).filter((session): session is Session & { dosedAt: number } => session.dosedAt !== null);
  return dosed.reduce<(Session & { dosedAt: number }) | null>(
    (latest, session) => (latest === null || session.dosedAt > latest.dosedAt ? session : latest),
    null,
  );
}

/** What belongs to the follow-up of the last dose only: that session's record, and notes and homework since its dose. */
function sinceLastDose(store: RecordStore, session: Session & { dosedAt: number }) {
  const doseDay = doseDayOf(session.dosedAt);
  const linked = new Set(store.followUps.homeworkLinkedToSession(session.id));
  const notes = store.notes
    .listForClient(session.clientId)
    .filter((note) => note.sessionId === session.id || note.createdAt >= session.dosedAt)
    .reverse()
    .map(listedNote);
  const homework = store.homework
    .listForClient(session.clientId)
    .filter((item) => linked.has(item.id) || item.createdAt >= session.dosedAt || (item.dueDate !== null && item.dueDate >= doseDay))
    .reverse()
    .map(({ id, title, status, dueDate, outcome }) => ({ id, title, status, dueDate, outcome }));
  return {
    lastSession: {
      id: session.id,
      courseSessionNumber: session.courseSessionNumber,
      route: session.route,
      status: session.status,
      dosedAt: session.dosedAt,
      endedAt: session.endedAt,
      intention: session.intention,
    },
    contacts: store.followUps.forSession(session.id),
    highlights: sessionHighlights(resolveTimeline(store.sessions.events(session.id)), session.protocol),
    notes,
    homework,
    prompts: store.prompts.sessionPlan(session.id),
  };
}

/** The preparation screen's whole answer for one client, in one read. */
export function prepareFollowUp(store: RecordStore, clientId: string): FollowUpPreparation {
  const client = store.clients.get(clientId);
  if (!client) throw new RpcFailure('NOT_FOUND', 'That client does not exist.');
  const session = lastDosedSession(store, clientId);
  const sessionPart = session ? sinceLastDose(store, session) : { lastSession: null, contacts: [], highlights: [], notes: [], homework: [], prompts: [] };
  return {
    client: { id: client.id, displayName: client.displayName },
    ...sessionPart,
    measures: scoredMeasures(store.measures.listForClient(clientId)),
    remsPending: store.sessions
      .remsPending()
      .filter((pending) => pending.session.clientId === clientId)
      .map(({ session: pending }) => ({ sessionId: pending.id, courseSessionNumber: pending.courseSessionNumber, dueDate: remsDueDate(pending.dosedAt!) })),
    unsignedNotes: store.notes
      .listForClient(clientId)
      .filter((note) => note.status === 'draft')
      .reverse()
      .map(listedNote),
  };
}
