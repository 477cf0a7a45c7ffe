import type { MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

/** The client's measures, newest first, each scored and judged against the course by main. */
export function useClientMeasures(clientId: string) {
  return useRpcQuery('measures.listForClient', { clientId }, { select: ({ measures }) => measures });
}

/** A new or withdrawn measure moves the baseline and outcomes of the others: the whole list, and the caseload's outcomes, are read again. */
const MEASURE_READS: readonly MethodName[] = ['measures.listForClient', 'measures.caseloadOutcomes'];

export function useRecordMeasure() {
  return useRpcMutation('measures.record', { invalidates: MEASURE_READS });
}

export function useWithdrawMeasure() {
  return useRpcMutation('measures.withdraw', { invalidates: MEASURE_READS });
}

/** Questionnaires begun on the handed-over screen and not finished. */
export function useMeasureDrafts(clientId: string) {
  return useRpcQuery('handover.draftsForClient', { clientId }, { select: ({ drafts }) => drafts });
}

/** The screen goes to the client: the app switches to the questionnaire when main says so. */
export function useStartHandover() {
  return useRpcMutation('handover.start', { invalidates: ['handover.current'] });
}

export function useContinueHandover() {
  return useRpcMutation('handover.continue', { invalidates: ['handover.current'] });
}

export function useDiscardMeasureDraft() {
  return useRpcMutation('handover.discardDraft', { invalidates: ['handover.draftsForClient'] });
}
