import { type IndexedNote, indexNote } from '../../../db/note-search';
import type { NoteContent, NoteHead } from '../../../db/notes-repository';
import type { RecordStore } from '../../../db/record-store';
import { RpcFailure } from '../../../shared/contract/errors';
import type { Note } from '../../../shared/contract/notes';
import type { NoteDocument } from '../../../shared/notes/note-document';
import type { SignedHomeworkLink } from '../../../shared/notes/canonical-note';
import { extractNoteLinks } from '../../../shared/notes/note-links';
import { countWords, extractNoteText } from '../../../shared/notes/note-text';

export function requireNoteHead(store: RecordStore, id: string): NoteHead {
  const head = store.notes.head(id);
  if (!head) throw new RpcFailure('NOT_FOUND', 'That note does not exist.');
  return head;
}

export function requireNote(store: RecordStore, id: string): Note {
  const note = store.notes.get(id);
  if (!note) throw new RpcFailure('NOT_FOUND', 'That note does not exist.');
  return note;
}

/** A draft at the revision the editor started from; anything else is refused before a write. */
export function assertEditable(head: Pick<NoteHead, 'status' | 'revision'>, baseRevision: number): void {
  if (head.status === 'signed') throw new RpcFailure('SIGNED', 'This note is signed and can no longer change. Add an addendum instead.');
  if (head.revision !== baseRevision)
    throw new RpcFailure('CONFLICT', 'This note was changed elsewhere since it was opened. Reopen it to see the latest version.');
}

export type NoteContentInput = Omit<NoteContent, 'words'>;

/** The link rows a note's content implies, each checked: homework of this client, prompts that exist. */
export function noteLinkRows(store: RecordStore, head: NoteHead, doc: NoteDocument) {
  const { homeworkIds, promptIds } = extractNoteLinks(doc);
  if (homeworkIds.some((id) => !store.homework.belongsTo(id, head.clientId))) {
    throw new RpcFailure('INVALID', "content: a homework link points to homework that is not this client's.");
  }
  if (promptIds.some((id) => !store.prompts.get(id))) throw new RpcFailure('INVALID', 'content: a prompt block points to a prompt that does not exist.');
  return [
    ...homeworkIds.map((id) => ({ kind: 'homework' as const, id })),
    ...promptIds.map((id) => ({ kind: 'prompt' as const, id })),
    ...(head.sessionId ? [{ kind: 'session' as const, id: head.sessionId }] : []),
  ];
}

/** Each homework the note links to, once, as it reads now: what a signature fixes. */
export function homeworkAsLinked(store: RecordStore, doc: NoteDocument): SignedHomeworkLink[] {
  return extractNoteLinks(doc).homeworkIds.flatMap((id) => {
    const homework = store.homework.get(id);
    return homework ? [{ id, title: homework.title, status: homework.status }] : [];
  });
}

/** Writes a note's search entry now, reading each linked homework by its current title. */
export function indexNoteNow(store: RecordStore, note: IndexedNote, now: number): void {
  indexNote(store.search, note, (id) => store.homework.get(id)?.title, now);
}

/**
 * Writes a draft's new content with what is derived from it, inside the caller's transaction: the
 * note, its revision checkpoint and its link rows. Its search entry is marked stale rather than
 * re-indexed (a 10 KB note is re-tokenized whole): catchUpSearch writes it before any search.
 * `startRevision` (a restore) keeps the replaced content as its own revision.
 */
export function writeNoteContent(store: RecordStore, head: NoteHead, baseRevision: number, content: NoteContentInput, now: number, startRevision = false) {
  assertEditable(head, baseRevision);
  const links = noteLinkRows(store, head, content.doc);
  const text = extractNoteText(content.doc);
  const words = countWords(text);
  if (!store.notes.save(head.id, baseRevision, { ...content, words }, now, startRevision)) {
    throw new RpcFailure('CONFLICT', 'This note was changed elsewhere since it was opened. Reopen it to see the latest version.');
  }
  store.notes.replaceLinks(head.id, links);
  store.search.markStale('note', head.id, now);
  return { id: head.id, revision: baseRevision + 1, updatedAt: now, words };
}
