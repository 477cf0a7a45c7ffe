import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

export const promptKeys = {
  all: ['prompts'] as const,
  list: (includeArchived: boolean) => ['prompts', 'list', includeArchived] as const,
  sessionPlan: (sessionId: string) => ['prompts', 'session-plan', sessionId] as const,
};

export function usePrompts({ includeArchived = false } = {}) {
  return useQuery({ queryKey: promptKeys.list(includeArchived), queryFn: async () => (await call('prompts.list', { includeArchived })).prompts });
}

/** A session's follow-up plan, in order; with no session (a note outside one) nothing is asked. */
export function useSessionPromptPlan(sessionId: string | null) {
  return useQuery({
    queryKey: promptKeys.sessionPlan(sessionId ?? ''),
    queryFn: async () => (await call('prompts.sessionPlan', { sessionId: sessionId! })).prompts,
    enabled: sessionId !== null,
  });
}

function usePromptMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: promptKeys.all }) });
}

export function useSavePrompt() {
  return usePromptMutation((input: MethodInput<'prompts.save'>) => call('prompts.save', input));
}

export function useArchivePrompt() {
  return usePromptMutation((id: string) => call('prompts.archive', { id }));
}

export function useRestorePrompt() {
  return usePromptMutation((id: string) => call('prompts.restore', { id }));
}

export function useSetSessionPromptPlan() {
  return usePromptMutation((input: MethodInput<'prompts.setSessionPlan'>) => call('prompts.setSessionPlan', input));
}
