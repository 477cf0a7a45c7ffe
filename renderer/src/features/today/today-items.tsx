import type { TodayOverview } from '../../../../shared/contract';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import type { Navigation } from '../../navigation/navigation';
import { formatCalendarDate, formatDate } from '../../ui/time-text';
import { noteDisplayTitle } from '../notes';
import type { TodayItem } from './TodayGroup';

const SESSION_STATE: Record<TodayOverview['sessions'][number]['status'], string> = {
  planned: 'planned',
  'checked-in': 'checked in',
  dosed: 'dosed, in the room',
  discharged: 'discharged',
  cancelled: 'cancelled',
};

export function sessionItems(sessions: TodayOverview['sessions'], { openSession }: Navigation): TodayItem[] {
  return sessions.map((session) => ({
    key: session.sessionId,
    text: (
      <>
        <strong>{session.clientName}</strong> · session {session.courseSessionNumber} · {SESSION_STATE[session.status]}
      </>
    ),
    action: session.status === 'planned' ? 'Check in' : 'Open session',
    label: `Open session ${session.courseSessionNumber} for ${session.clientName}`,
    onOpen: () => openSession(session.sessionId),
  }));
}

export function courseDoseItems(doses: TodayOverview['courseDoses'], { openClient }: Navigation): TodayItem[] {
  return doses.map((dose) => ({
    key: dose.courseId,
    text: (
      <>
        <strong>{dose.clientName}</strong> · {dose.dose === null ? 'maintenance dose' : `dose ${dose.dose} of ${dose.total}`} · suggested for{' '}
        {formatCalendarDate(dose.date)}
        {dose.overdue ? <span className="today-overdue"> · overdue</span> : null}
      </>
    ),
    action: 'Open client',
    label: `Open the course of ${dose.clientName}`,
    onOpen: () => openClient(dose.clientId),
  }));
}

export function homeworkItems(homework: TodayOverview['homeworkToReview'], { openClient }: Navigation): TodayItem[] {
  return homework.map((item) => ({
    key: item.homeworkId,
    text: (
      <>
        <strong>{item.clientName}</strong> · {item.title} · completed {formatDate(item.completedAt)}
      </>
    ),
    action: 'Review',
    label: `Review ${item.title} for ${item.clientName}`,
    onOpen: () => openClient(item.clientId, { homeworkId: item.homeworkId }),
  }));
}

/** Follow-up contacts due (today or overdue) or to prepare (tomorrow): each opens the preparation screen. */
export function followUpItems(contacts: TodayOverview['followUpsDue'], { openFollowUp }: Navigation): TodayItem[] {
  return contacts.map((contact) => ({
    key: contact.contactId,
    text: (
      <>
        <strong>{contact.clientName}</strong> · {contact.label} · {formatCalendarDate(contact.dueDate)}
        {contact.overdue ? <span className="today-overdue"> · overdue</span> : null}
      </>
    ),
    action: 'Prepare',
    label: `Prepare the follow-up of ${contact.clientName}: ${contact.label}`,
    onOpen: () => openFollowUp(contact.clientId),
  }));
}

export function measureItems(measures: TodayOverview['measuresDue'], { openClient }: Navigation): TodayItem[] {
  return measures.map((measure) => ({
    key: measure.clientId,
    text: (
      <>
        <strong>{measure.clientName}</strong> · PHQ-9 · {measure.lastPhq9On === null ? 'none yet' : `last taken ${formatCalendarDate(measure.lastPhq9On)}`}
      </>
    ),
    action: 'Open client',
    label: `Record a PHQ-9 for ${measure.clientName}`,
    onOpen: () => openClient(measure.clientId),
  }));
}

export function draftItems(drafts: TodayOverview['drafts'], { openNote }: Navigation): TodayItem[] {
  return drafts.map((draft) => {
    const title = noteDisplayTitle({ title: draft.title, kindLabel: NOTE_KIND_LABELS[draft.kind], createdAt: draft.createdAt }, formatDate);
    return {
      key: draft.noteId,
      text: (
        <>
          <strong>{draft.clientName}</strong> · {title} · started {formatDate(draft.createdAt)}
        </>
      ),
      action: 'Finish',
      label: `Finish ${title} for ${draft.clientName}`,
      onOpen: () => openNote(draft.noteId),
    };
  });
}
