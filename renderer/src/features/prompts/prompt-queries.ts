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

export function useSessionPromptPlan(sessionId: string) {
  return useQuery({ queryKey: promptKeys.sessionPlan(sessionId), queryFn: async () => (await call('prompts.sessionPlan', { sessionId })).prompts });
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
