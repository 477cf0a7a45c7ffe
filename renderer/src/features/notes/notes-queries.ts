import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MethodInput, MethodName, Note } from '../../../../shared/contract';
import {
  invalidateMethods,
  prefetchRpcQuery,
  removeRpcQuery,
  type SharedReadOptions,
  setRpcQueryData,
  useRpcMutation,
  useRpcQuery,
} from '../../rpc/rpc-queries';

/**
 * The reads beside a note (its client, their sessions and homework, the prompt library) accept an
 * answer cached this recently, and not invalidated since, instead of asking main again as the
 * note opens: the client's page read them moments before, and every change to them invalidates
 * them (decision 0059). Our choice.
 */
export const BESIDE_THE_NOTE: SharedReadOptions = { staleTime: 30_000 };

export function useClientNotes(clientId: string) {
  return useRpcQuery('notes.listForClient', { clientId }, { select: ({ notes }) => notes });
}

/**
 * Read once per opening (or just before it, see useReadNoteAhead): while the editor is open it
 * holds the truth (saves answer with the new revision only), so the cached note must never be
 * refetched under it. The page drops the entry when it closes (forgetNote), so the next opening
 * reads the note afresh.
 */
export function useNote(id: string) {
  return useRpcQuery('notes.get', { id }, { staleTime: Infinity });
}

/**
 * How long a note read ahead of its opening stays usable: the time between hovering (or focusing)
 * a row and pressing it. Our choice; only the note's own editor changes a note, and it is closed
 * while its row can be hovered.
 */
const NOTE_READ_AHEAD_MS = 10_000;

/**
 * Starts reading a note as its row is hovered, focused or pressed, so the note page finds it
 * cached and shows the text in the render that opens it (issue 14: the read no longer waits for
 * the page to mount first).
 */
export function useReadNoteAhead(): (id: string) => void {
  const queryClient = useQueryClient();
  return useCallback((id: string) => void prefetchRpcQuery(queryClient, 'notes.get', { id }, NOTE_READ_AHEAD_MS), [queryClient]);
}

export function forgetNote(queryClient: QueryClient, id: string): void {
  removeRpcQuery(queryClient, 'notes.get', { id });
}

export function useNotesToFinish() {
  return useRpcQuery('notes.toFinish', {});
}

export function useNoteRevisions(noteId: string) {
  return useRpcQuery('notes.revisions', { noteId }, { select: ({ revisions }) => revisions });
}

/** One earlier version's content; none is asked until a version is chosen. */
export function useNoteRevision(noteId: string, revisionId: string | null) {
  return useRpcQuery('notes.revision', { noteId, revisionId: revisionId ?? '' }, { enabled: revisionId !== null });
}

/**
 * Lists, revisions and backlinks derive from notes: refresh them (they refetch only where shown).
 * Never `notes.get`: an open editor holds the truth for its note.
 */
const NOTE_DERIVED_READS: readonly MethodName[] = ['notes.listForClient', 'notes.toFinish', 'notes.revisions', 'homework.get'];

export function refreshNoteLists(queryClient: QueryClient): void {
  void invalidateMethods(queryClient, NOTE_DERIVED_READS);
}

function storeNote(note: Note, queryClient: QueryClient): void {
  setRpcQueryData(queryClient, 'notes.get', { id: note.id }, note);
}

export function useCreateNote() {
  return useRpcMutation('notes.create', { invalidates: NOTE_DERIVED_READS });
}

/** The cached note is left as it is: an open editor holds the truth, and the date field keeps its own value. */
export function useSetServiceDate() {
  return useRpcMutation('notes.setServiceDate', { invalidates: NOTE_DERIVED_READS });
}

export function useSignNote() {
  return useRpcMutation('notes.sign', { onSuccess: storeNote, invalidates: NOTE_DERIVED_READS });
}

export function useAddAddendum() {
  return useRpcMutation('notes.addAddendum', { onSuccess: storeNote, invalidates: NOTE_DERIVED_READS });
}

export function useRestoreRevision() {
  return useRpcMutation('notes.restoreRevision', { onSuccess: storeNote, invalidates: NOTE_DERIVED_READS });
}

export function useDiscardDraft() {
  return useRpcMutation('notes.discardDraft', {
    toInput: (id: string): MethodInput<'notes.discardDraft'> => ({ id }),
    onSuccess: ({ id }, queryClient) => forgetNote(queryClient, id),
    invalidates: NOTE_DERIVED_READS,
  });
}
