import type { MethodInput, MethodName } from '../../../../shared/contract';
import { type SharedReadOptions, useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export function usePrompts({ includeArchived = false, staleTime }: { includeArchived?: boolean } & SharedReadOptions = {}) {
  return useRpcQuery('prompts.list', { includeArchived }, { staleTime, select: ({ prompts }) => prompts });
}

/** A session's follow-up plan, in order; with no session (a note outside one) nothing is asked. */
export function useSessionPromptPlan(sessionId: string | null) {
  return useRpcQuery('prompts.sessionPlan', { sessionId: sessionId ?? '' }, { select: ({ prompts }) => prompts, enabled: sessionId !== null });
}

const PROMPT_READS: readonly MethodName[] = ['prompts.list', 'prompts.sessionPlan'];

export function useSavePrompt() {
  return useRpcMutation('prompts.save', { invalidates: PROMPT_READS });
}

export function useArchivePrompt() {
  return useRpcMutation('prompts.archive', { invalidates: PROMPT_READS, toInput: (id: string): MethodInput<'prompts.archive'> => ({ id }) });
}

export function useRestorePrompt() {
  return useRpcMutation('prompts.restore', { invalidates: PROMPT_READS, toInput: (id: string): MethodInput<'prompts.restore'> => ({ id }) });
}

export function useSetSessionPromptPlan() {
  return useRpcMutation('prompts.setSessionPlan', { invalidates: PROMPT_READS });
}
