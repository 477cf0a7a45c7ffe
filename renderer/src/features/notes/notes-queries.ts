import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { MethodInput, Note } from '../../../../shared/contract';
import { call } from '../../rpc/call';
import { homeworkKeys } from '../homework/homework-queries';

export const noteKeys = {
  all: ['notes'] as const,
  forClient: (clientId: string) => ['notes', 'client', clientId] as const,
  detail: (id: string) => ['notes', 'detail', id] as const,
  revisions: (id: string) => ['notes', 'revisions', id] as const,
  toFinish: ['notes', 'to-finish'] as const,
};

export function useClientNotes(clientId: string) {
  return useQuery({ queryKey: noteKeys.forClient(clientId), queryFn: async () => (await call('notes.listForClient', { clientId })).notes });
}

/**
 * Read once per opening: while the editor is open it holds the truth (saves answer with the new
 * revision only), so the cached note must never be refetched under it. The page drops the entry
 * when it closes (forgetNote), so the next opening reads the note afresh.
 */
export function useNote(id: string) {
  return useQuery({ queryKey: noteKeys.detail(id), queryFn: () => call('notes.get', { id }), staleTime: Infinity });
}

export function forgetNote(queryClient: QueryClient, id: string): void {
  queryClient.removeQueries({ queryKey: noteKeys.detail(id), exact: true });
}

export function useNotesToFinish() {
  return useQuery({ queryKey: noteKeys.toFinish, queryFn: () => call('notes.toFinish', {}) });
}

export function useNoteRevisions(noteId: string) {
  return useQuery({ queryKey: noteKeys.revisions(noteId), queryFn: async () => (await call('notes.revisions', { noteId })).revisions });
}

/** Lists and backlinks derive from notes: refresh them (they refetch only where shown). */
export function refreshNoteLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: noteKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
  void queryClient.invalidateQueries({ queryKey: homeworkKeys.details });
}

function storeNote(queryClient: QueryClient, note: Note): void {
  queryClient.setQueryData(noteKeys.detail(note.id), note);
  refreshNoteLists(queryClient);
}

function useNoteMutation<Input>(mutationFn: (input: Input) => Promise<Note>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: (note) => storeNote(queryClient, note) });
}

export function useCreateNote() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: MethodInput<'notes.create'>) => call('notes.create', input), onSuccess: () => refreshNoteLists(queryClient) });
}

export function useSignNote() {
  return useNoteMutation((input: MethodInput<'notes.sign'>) => call('notes.sign', input));
}

export function useAddAddendum() {
  return useNoteMutation((input: MethodInput<'notes.addAddendum'>) => call('notes.addAddendum', input));
}

export function useRestoreRevision() {
  return useNoteMutation((input: MethodInput<'notes.restoreRevision'>) => call('notes.restoreRevision', input));
}

export function useDiscardDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('notes.discardDraft', { id }),
    onSuccess: ({ id }) => {
      queryClient.removeQueries({ queryKey: noteKeys.detail(id) });
      refreshNoteLists(queryClient);
    },
  });
}
