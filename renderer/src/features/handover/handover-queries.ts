import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import type { MethodInput, MethodName } from '../../../../shared/contract';
import { addressOf } from '../../navigation/route-address';
import { setRpcQueryData, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

const HANDOVER_STATE: MethodName = 'handover.current';
const HANDOVER_READS: readonly MethodName[] = [HANDOVER_STATE];

/** Whether the screen is with the client, as main says: the app-level switch between the shell and the questionnaire. */
export function useHandoverState() {
  return useRpcQuery('handover.current', {});
}

/** Drops every cached record the moment the screen is handed over: nothing of the client's file stays in this window. */
export function useForgetRecordsWhileHandedOver(): void {
  const queryClient = useQueryClient();
  useLayoutEffect(() => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== HANDOVER_STATE }), [queryClient]);
}

/**
 * Each answer is saved as it is chosen. The screen shows it at once from the cached state (main
 * keeps the same), so going back, or to the hand-back form and back, shows what was chosen.
 */
export function useSaveHandoverAnswer(): (input: MethodInput<'handover.answer'>, onError: (error: unknown) => void) => void {
  const queryClient = useQueryClient();
  const save = useRpcMutation('handover.answer');
  return (input, onError) => {
    setRpcQueryData(queryClient, 'handover.current', {}, (cached) => {
      if (cached?.state !== 'answering') return cached;
      if (input.question === 'difficulty') return { ...cached, difficulty: input.answer };
      return { ...cached, answers: cached.answers.with(input.question, input.answer) };
    });
    save.mutate(input, { onError });
  };
}

export function useFinishHandover() {
  return useRpcMutation('handover.finish', { invalidates: HANDOVER_READS });
}

/** Taken back: the shell opens on the client's page, where the new measure or the unfinished one is. */
export function useEndHandover() {
  return useRpcMutation('handover.end', {
    invalidates: HANDOVER_READS,
    onSuccess: ({ clientId }) => window.history.replaceState(null, '', addressOf({ page: 'client', clientId })),
  });
}

export function useHandoverPinStatus() {
  return useRpcQuery('handover.pinStatus', {}, { select: ({ pinSet }) => pinSet });
}

export function useSetHandoverPin() {
  return useRpcMutation('handover.setPin', { invalidates: ['handover.pinStatus'] });
}

export function useRemoveHandoverPin() {
  return useRpcMutation('handover.removePin', { invalidates: ['handover.pinStatus'] });
}
