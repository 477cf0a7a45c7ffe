import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Note } from '../../../../../shared/contract';
import type { NoteDocument } from '../../../../../shared/notes/note-document';
import { call } from '../../../rpc/call';
import { isRpcError } from '../../../../../shared/contract/errors';
import { registerPendingWrite } from '../../vault';
import { refreshNoteLists } from '../notes-queries';
import { type NoteSnapshot, NoteSaveQueue } from './note-save-queue';
import { forgetUnsavedDraft, keepUnsavedDraft } from './unsaved-note-drafts';

/** A short pause in typing before a save: long enough not to save every keystroke. */
export const AUTOSAVE_PAUSE_MS = 800;
/** After a failed save (not a refusal), try again after this long even without new typing. */
const RETRY_AFTER_MS = 5000;

/** Answers that another try cannot change: the note was signed, removed or changed elsewhere. */
function isFinalFailure(error: unknown): boolean {
  return isRpcError(error, 'SIGNED') || isRpcError(error, 'CONFLICT') || isRpcError(error, 'NOT_FOUND');
}

/** What the next save will send, kept as references: serialised only when a save starts. */
class LatestContent {
  doc: ProseMirrorNode | NoteDocument;
  title: string;
  isPrivate: boolean;

  constructor(note: Note) {
    this.doc = note.doc;
    this.title = note.title;
    this.isPrivate = note.isPrivate;
  }

  update(changes: Partial<Pick<LatestContent, 'doc' | 'title' | 'isPrivate'>>): void {
    Object.assign(this, changes);
  }

  snapshot(): NoteSnapshot {
    const json: unknown = 'toJSON' in this.doc && typeof this.doc.toJSON === 'function' ? this.doc.toJSON() : this.doc;
    return { content: JSON.stringify(json), title: this.title, isPrivate: this.isPrivate };
  }
}

export interface NoteDraft {
  queue: NoteSaveQueue;
  title: string;
  isPrivate: boolean;
  setTitle: (title: string) => void;
  setPrivate: (isPrivate: boolean) => void;
  /** The editor changed: keeps a reference to the new document (no serialising) and waits for a pause. */
  onDocumentChange: (doc: ProseMirrorNode) => void;
  /** Save now (blur, navigation, lock, quit). */
  flush: () => Promise<void>;
}

/**
 * Autosave for one draft. The editor's JSON is serialised only when a save starts, from the latest
 * immutable document the editor handed over, so a save flushed while the editor unmounts (lock,
 * navigation, quit) still holds everything typed.
 */
export function useNoteDraft(note: Note, options: { restoredUnsaved?: boolean } = {}): NoteDraft {
  const queryClient = useQueryClient();
  const [title, setTitleState] = useState(note.title);
  const [isPrivate, setPrivateState] = useState(note.isPrivate);
  const [latest] = useState(() => new LatestContent(note));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const [queue] = useState(
    () =>
      new NoteSaveQueue({
        revision: note.revision,
        updatedAt: note.updatedAt,
        readSnapshot: () => latest.snapshot(),
        send: async (snapshot, baseRevision) => {
          const saved = await call('notes.save', { id: note.id, baseRevision, ...snapshot });
          forgetUnsavedDraft(note.id);
          refreshNoteLists(queryClient);
          return saved;
        },
        isFinal: isFinalFailure,
      }),
  );

  const flush = () => {
    clearTimeout(timer.current);
    return queue.flush();
  };

  const schedule = (delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void queue.flush(), delay);
  };

  const changed = () => {
    queue.changed();
    schedule(AUTOSAVE_PAUSE_MS);
  };

  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  useEffect(() => {
    if (state.kind === 'failed') schedule(RETRY_AFTER_MS);
    // schedule only touches the timer ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  useEffect(() => {
    // Text kept from a save that could not be made (a full disk) is unsaved: try again now.
    if (options.restoredUnsaved) changed();
    // Once, for the draft this editor opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const stopLockFlush = registerPendingWrite(() => queue.flush());
    // The page going away (reload, window closed): main keeps the vault open until the window is gone.
    const onPageHide = () => void queue.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      stopLockFlush();
      clearTimeout(timer.current);
      // Leaving the note (navigation, lock): save what is there; if that cannot be done now (a full
      // disk), keep the text for when the note is opened again.
      void queue.flush().then(() => {
        if (queue.state.kind !== 'failed') return;
        const { content, title, isPrivate } = latest.snapshot();
        keepUnsavedDraft(note.id, { baseRevision: queue.baseRevision, title, isPrivate, doc: JSON.parse(content) as NoteDocument });
      });
    };
  }, [queue, latest, note.id]);

  return {
    queue,
    title,
    isPrivate,
    setTitle(next) {
      setTitleState(next);
      latest.update({ title: next });
      changed();
    },
    setPrivate(next) {
      setPrivateState(next);
      latest.update({ isPrivate: next });
      changed();
      // A change of record class is saved at once, not after a pause.
      void flush();
    },
    onDocumentChange(doc) {
      latest.update({ doc });
      changed();
    },
    flush,
  };
}
