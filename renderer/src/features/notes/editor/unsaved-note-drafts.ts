import type { NoteDocument } from '../../../../../shared/notes/note-document';

/** What a draft held when its last save failed for a reason that may pass (a full disk). */
export interface UnsavedNoteDraft {
  /** The revision the failed save started from: the draft is restored only onto that revision. */
  baseRevision: number;
  title: string;
  isPrivate: boolean;
  doc: NoteDocument;
}

/**
 * Drafts whose text could not be saved when their editor went away (a lock or a navigation while
 * the disk is full). Held in this window's memory only, never written anywhere else, so that the
 * text is still in the editor when the note is opened again and the save is retried. A reload or
 * quit loses it, as it would lose any unsaved typing.
 */
const kept = new Map<string, UnsavedNoteDraft>();

export function keepUnsavedDraft(noteId: string, draft: UnsavedNoteDraft): void {
  kept.set(noteId, draft);
}

/** The kept draft for this note, if the note is still at the revision it was written on. */
export function findUnsavedDraft(noteId: string, revision: number): UnsavedNoteDraft | null {
  const draft = kept.get(noteId);
  if (draft && draft.baseRevision !== revision) kept.delete(noteId);
  return draft?.baseRevision === revision ? draft : null;
}

/** The draft's text reached the database: nothing to keep any more. */
export function forgetUnsavedDraft(noteId: string): void {
  kept.delete(noteId);
}
