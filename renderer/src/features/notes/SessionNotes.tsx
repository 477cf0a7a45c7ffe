import { Heading } from '../../ui/aria-primitives';
import type { Session } from '../../../../shared/contract';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { describeError } from '../../rpc/error-message';
import { ActionButton } from '../../ui/ActionButton';
import { FormAlert } from '../../ui/FormAlert';
import { useSubmit } from '../../ui/use-submit';
import { formatCalendarDate, formatDate, formatDateTime } from '../../ui/time-text';
import { noteDisplayTitle } from './note-title';
import { useClientNotes, useCreateNote } from './notes-queries';
import './notes.css';
import { useNavigation } from '../../navigation/navigation';
import { PrivateNoteBadge } from './PrivateNoteBadge';

/** The notes that belong to a session, and the one step to write its session note. */
export function SessionNotes({ session }: { session: Session }) {
  const { openNote } = useNavigation();
  const notes = useClientNotes(session.clientId);
  const create = useCreateNote();
  const creating = useSubmit();
  const mine = (notes.data ?? []).filter((note) => note.sessionId === session.id);
  return (
    <section className="notes-section" aria-labelledby="session-notes-title">
      <div className="notes-section-header">
        <Heading level={2} id="session-notes-title" className="section-title">
          Notes for this session
        </Heading>
        <ActionButton
          variant="primary"
          busy={creating.busy}
          onPress={() =>
            void creating.run(async () => openNote((await create.mutateAsync({ clientId: session.clientId, kind: 'session', sessionId: session.id })).id))
          }
        >
          Write a session note
        </ActionButton>
      </div>
      <FormAlert>{creating.error ?? (notes.isError ? describeError(notes.error) : null)}</FormAlert>
      {mine.length > 0 ? (
        <ul className="plain-list to-finish-list" aria-label="Notes for this session">
          {mine.map((note) => {
            const kindLabel = NOTE_KIND_LABELS[note.kind];
            const title = noteDisplayTitle({ title: note.title, kindLabel, createdAt: note.createdAt }, formatDate);
            return (
              <li key={note.id} className="session-note-item">
                <span>
                  <strong>{title}</strong> · {kindLabel} · date of service {formatCalendarDate(note.serviceDate)} · written {formatDateTime(note.createdAt)} ·{' '}
                  {note.status === 'signed' ? 'Signed' : 'Draft'}
                  {note.isPrivate ? <PrivateNoteBadge /> : null}
                </span>
                <ActionButton variant="quiet" aria-label={`Open ${title}`} onPress={() => openNote(note.id)}>
                  Open
                </ActionButton>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">No note for this session yet.</p>
      )}
    </section>
  );
}
