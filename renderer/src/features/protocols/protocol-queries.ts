import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

const protocolKeys = {
  all: ['protocols'] as const,
  list: (includeArchived: boolean) => ['protocols', 'list', includeArchived] as const,
};

export function useProtocols({ includeArchived = false } = {}) {
  return useQuery({
    queryKey: protocolKeys.list(includeArchived),
    queryFn: async () => (await call('protocols.list', { includeArchived })).protocols,
  });
}

function useProtocolMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: protocolKeys.all }) });
}

export function useSaveProtocol() {
  return useProtocolMutation((input: MethodInput<'protocols.save'>) => call('protocols.save', input));
}

export function useArchiveProtocol() {
  return useProtocolMutation((id: string) => call('protocols.archive', { id }));
}

export function useRestoreProtocol() {
  return useProtocolMutation((id: string) => call('protocols.restore', { id }));
}
