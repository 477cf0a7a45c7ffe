import type { Note } from '../shared/contract/notes';
import { noteSearchBody } from '../shared/notes/note-search-text';
import type { HomeworkTitleOf } from '../shared/notes/note-text';
import type { NoteHead } from './notes-repository';
import type { SearchRepository } from './search-repository';

export type IndexedNote = Pick<NoteHead, 'id' | 'clientId' | 'kind'> & Pick<Note, 'title' | 'isPrivate' | 'doc' | 'signedHomework' | 'addenda'>;

/** Writes a note's search entry: its title, and its words, homework titles and addenda (noteSearchBody). */
export function indexNote(search: SearchRepository, note: IndexedNote, homeworkTitleOf: HomeworkTitleOf, updatedAt: number): void {
  search.index({
    target: 'note',
    targetId: note.id,
    clientId: note.clientId,
    kind: note.kind,
    isPrivate: note.isPrivate,
    title: note.title,
    body: noteSearchBody(note, homeworkTitleOf),
    updatedAt,
  });
}
