import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The checklist recorded after a session's dose, or null. */
export function useSessionSideEffects(sessionId: string) {
  return useRpcQuery('sideEffects.get', { sessionId }, { select: ({ checklist }) => checklist });
}

/** The client's doses with their checklists, grouped by course, and the clinic's items (the rows' order). */
export function useClientSideEffects(clientId: string) {
  return useRpcQuery('sideEffects.listForClient', { clientId });
}

/** A saved checklist changes its session's answer and the client's grid. */
const SIDE_EFFECT_READS: readonly MethodName[] = ['sideEffects.get', 'sideEffects.listForClient'];

export function useRecordSideEffects() {
  return useRpcMutation('sideEffects.record', { invalidates: SIDE_EFFECT_READS });
}
