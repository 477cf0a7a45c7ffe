import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The client's evaluations, latest first. */
export function useClientEvaluations(clientId: string) {
  return useRpcQuery('evaluations.listForClient', { clientId }, { select: ({ evaluations }) => evaluations });
}

/** A new or edited evaluation changes the client's list of evaluations and nothing else. */
const EVALUATION_READS: readonly MethodName[] = ['evaluations.listForClient'];

export function useRecordEvaluation() {
  return useRpcMutation('evaluations.record', { invalidates: EVALUATION_READS });
}

export function useUpdateEvaluation() {
  return useRpcMutation('evaluations.update', { invalidates: EVALUATION_READS });
}
