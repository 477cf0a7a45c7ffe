import { useRpcQuery } from '../../rpc/rpc-queries';

/** PHQ-9 outcomes across the active caseload, computed by main from the measures not withdrawn. */
export function useCaseloadOutcomes() {
  return useRpcQuery('measures.caseloadOutcomes', {});
}
