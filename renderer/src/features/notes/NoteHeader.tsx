import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/PageTitle';
import type { Note } from '../../../../shared/contract';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { ROUTE_LABELS } from '../../../../shared/session/routes';
import { ActionButton } from '../../ui/ActionButton';
import { useClient } from '../client-record';
import { useSessionHistory } from '../sessions';
import { formatCalendarDate, formatDate, formatDateTime } from '../../ui/time-text';
import { noteDisplayTitle } from './note-title';
import { BESIDE_THE_NOTE } from './notes-queries';
import { useNavigation } from '../../navigation/navigation';
import { PrivateNoteBadge } from './PrivateNoteBadge';

interface NoteHeaderProps {
  note: Note;
  /** The title as typed so far (drafts), or the stored one. */
  title: string;
  isPrivate: boolean;
  /** Right of the title: the save status, or nothing. */
  status?: ReactNode;
}

/** Whose note, what kind, when, and the session it belongs to; back leads to the client's page. */
export function NoteHeader({ note, title, isPrivate, status }: NoteHeaderProps) {
  const { openClient, openSession } = useNavigation();
  // Read beside the note, not before it: the note's words are what the therapist waits for.
  const client = useClient(note.clientId, BESIDE_THE_NOTE);
  const sessions = useSessionHistory(note.clientId, BESIDE_THE_NOTE);
  const session = note.sessionId ? sessions.data?.find((one) => one.id === note.sessionId) : undefined;
  const kindLabel = NOTE_KIND_LABELS[note.kind];
  return (
    <header className="note-header">
      <ActionButton variant="quiet" className="back-link" onPress={() => openClient(note.clientId)}>
        ← {client.data?.displayName ?? 'Client'}
      </ActionButton>
      <div className="note-title-row">
        <PageTitle>{noteDisplayTitle({ title, kindLabel, createdAt: note.createdAt }, formatDate)}</PageTitle>
        {status}
      </div>
      <p className="note-meta">
        <span>{kindLabel}</span>
        {/* A draft shows its date of service in the field that changes it. */}
        {note.status === 'signed' ? <span>Date of service {formatCalendarDate(note.serviceDate)}</span> : null}
        <span>Written {formatDateTime(note.createdAt)}</span>
        {isPrivate ? <PrivateNoteBadge /> : null}
        {session ? (
          <ActionButton variant="quiet" className="note-session-link" onPress={() => openSession(session.id)}>
            Session {session.courseSessionNumber} ({ROUTE_LABELS[session.route]}){session.dosedAt ? `, ${formatDate(session.dosedAt)}` : ''}
          </ActionButton>
        ) : null}
      </p>
    </header>
  );
}
