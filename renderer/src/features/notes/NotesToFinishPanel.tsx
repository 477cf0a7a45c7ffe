import { useState } from 'react';
import { Heading } from '../../ui/aria-primitives';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { ActionButton } from '../../ui/ActionButton';
import { formatDate } from '../../ui/time-text';
import { noteDisplayTitle } from './note-title';
import { useNotesToFinish } from './notes-queries';
import { useNavigation } from '../../navigation/navigation';

const DAY_MS = 24 * 60 * 60_000;

/** Drafts older than the clinic's setting, oldest first, so nothing a prescriber waits for slips. */
export function NotesToFinishPanel() {
  const { openNote } = useNavigation();
  const toFinish = useNotesToFinish();
  // Whole days are precise enough: the time the page opened will do.
  const [now] = useState(() => Date.now());
  const items = toFinish.data?.notes ?? [];
  if (items.length === 0) return null;
  return (
    <section className="notes-to-finish" aria-labelledby="notes-to-finish-title">
      <Heading level={2} id="notes-to-finish-title" className="section-title">
        Notes to finish
      </Heading>
      <p className="hint">Unsigned notes written more than {toFinish.data!.afterDays} days ago.</p>
      <ul className="plain-list to-finish-list">
        {items.map((note) => {
          const title = noteDisplayTitle({ title: note.title, kindLabel: NOTE_KIND_LABELS[note.kind], createdAt: note.createdAt }, formatDate);
          const days = Math.floor((now - note.createdAt) / DAY_MS);
          return (
            <li key={note.id} className="flag-row to-finish-item">
              <span>
                <strong>{note.clientName}</strong> · {title} · written {days} days ago
              </span>
              <ActionButton variant="quiet" aria-label={`Finish ${title} for ${note.clientName}`} onPress={() => openNote(note.id)}>
                Finish
              </ActionButton>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
