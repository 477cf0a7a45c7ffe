import type { Backlink } from '../../../../shared/contract';
import { NOTE_KIND_LABELS } from '../../../../shared/notes/note-kinds';
import { ActionButton } from '../../ui/ActionButton';
import { formatDate } from '../../ui/time-text';

/** An untitled note is still named: by its kind and day. */
export function noteName(backlink: Pick<Backlink, 'title' | 'kind' | 'createdAt'>): string {
  return backlink.title.trim() || `${NOTE_KIND_LABELS[backlink.kind]} of ${formatDate(backlink.createdAt)}`;
}

/** The notes that link to this homework, newest first: where it was set, and where it was reviewed. */
export function HomeworkBacklinks({ backlinks, onOpenNote }: { backlinks: readonly Backlink[]; onOpenNote: (noteId: string) => void }) {
  if (backlinks.length === 0) return <p className="hint">No note mentions this homework yet.</p>;
  const newestFirst = [...backlinks].sort((a, b) => b.createdAt - a.createdAt);
  return (
    <ul className="homework-backlinks" aria-label="Notes that mention this homework">
      {newestFirst.map((backlink) => {
        const name = noteName(backlink);
        return (
          <li key={backlink.noteId} className="homework-backlink">
            <ActionButton variant="quiet" className="homework-backlink-open" aria-label={`Open note ${name}`} onPress={() => onOpenNote(backlink.noteId)}>
              {name}
            </ActionButton>
            <span className="hint">
              {NOTE_KIND_LABELS[backlink.kind]} · {formatDate(backlink.createdAt)}
              {backlink.status === 'draft' ? ' · draft' : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
