import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useFollowUpPreparation(clientId: string) {
  return useRpcQuery('followUps.prepare', { clientId });
}

/** The contacts one dosing session proposed; read afresh each time its page opens (the dose, its correction or withdrawal change them in the room). */
export function useSessionFollowUps(sessionId: string) {
  return useRpcQuery('followUps.listForSession', { sessionId }, { select: ({ contacts }) => contacts });
}

/** A contact's change shows on the preparation, on its session's page and in Today. */
const CONTACT_READS: readonly MethodName[] = ['followUps.prepare', 'followUps.listForSession', 'today.overview'];

export function useMarkContactDone() {
  return useRpcMutation('followUps.markDone', { invalidates: CONTACT_READS });
}

export function useSkipContact() {
  return useRpcMutation('followUps.skip', { invalidates: CONTACT_READS });
}

export function useMoveContact() {
  return useRpcMutation('followUps.move', { invalidates: CONTACT_READS });
}

/** The follow-up note: a new note like any other, so the note lists and Today refresh too. */
export function useStartFollowUpNote() {
  return useRpcMutation('notes.create', { invalidates: ['followUps.prepare', 'notes.listForClient', 'notes.toFinish', 'today.overview'] });
}
