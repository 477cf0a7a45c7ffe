import type { NoteSummary } from '../../../../shared/contract';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { ActionButton } from '../../ui/ActionButton';
import { isFocusBeingRestored } from '../../navigation/restore-place';
import { useFocusKeptVirtualizer } from '../../ui/use-focus-kept-virtualizer';
import { formatCalendarDate, formatDate, formatDateTime } from '../../ui/time-text';
import { noteDisplayTitle } from './note-title';
import { useReadNoteAhead } from './notes-queries';
import { preloadNotePage } from './LazyNotePage';
import '../../styles/virtual-list.css';

/** Fixed height: ten thousand notes cost what the visible ones do. */
const ROW_HEIGHT = 64;

interface NotesListProps {
  notes: NoteSummary[];
  label: string;
  onOpen: (noteId: string) => void;
}

/** A client's notes, newest first: title, kind, date of service, when written, draft or signed. */
export function NotesList({ notes, label, onOpen }: NotesListProps) {
  const readNoteAhead = useReadNoteAhead();
  // Hovered, focused or pressed: the page's code and the note are on their way before the press ends.
  // Not when focus comes back to the row on a return from its note: that is no sign of a press.
  const readAhead = (noteId: string) => {
    preloadNotePage();
    readNoteAhead(noteId);
  };
  const { scrollRef, virtualizer, focusHandlers } = useFocusKeptVirtualizer({
    count: notes.length,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => notes[index]?.id ?? index,
    rememberAs: label,
  });
  return (
    <div ref={scrollRef} className="virtual-list-scroll notes-list-scroll" {...focusHandlers}>
      <div role="list" aria-label={label} className="virtual-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const note = notes[item.index];
          if (!note) return null;
          const kindLabel = NOTE_KIND_LABELS[note.kind];
          const title = noteDisplayTitle({ title: note.title, kindLabel, createdAt: note.createdAt }, formatDate);
          const written = formatDateTime(note.createdAt);
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={notes.length}
              data-index={item.index}
              className="virtual-row"
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
            >
              <div className="note-row-text">
                <span className="note-row-title">{title}</span>
                <span className="note-row-details">
                  {kindLabel} · date of service {formatCalendarDate(note.serviceDate)} · written {written} · {note.words.toLocaleString()} words
                </span>
              </div>
              <span className={`note-status note-status-${note.status}`}>{note.status === 'signed' ? 'Signed' : 'Draft'}</span>
              <ActionButton
                variant="quiet"
                aria-label={`Open ${title}, ${written}`}
                onHoverStart={() => readAhead(note.id)}
                onFocus={() => !isFocusBeingRestored() && readAhead(note.id)}
                onPressStart={() => readAhead(note.id)}
                onPress={() => onOpen(note.id)}
              >
                Open
              </ActionButton>
            </div>
          );
        })}
      </div>
    </div>
  );
}
