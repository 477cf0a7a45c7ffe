import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function useFollowUpPreparation(clientId: string) {
  return useRpcQuery('followUps.prepare', { clientId });
}

/** A contact's change shows on the preparation and in Today. */
const CONTACT_READS: readonly MethodName[] = ['followUps.prepare', 'today.overview'];

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
