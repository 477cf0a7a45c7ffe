import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Client, MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

export interface ClientFilter {
  query: string;
  archived: boolean;
}

const clientKeys = {
  all: ['clients'] as const,
  list: (filter: ClientFilter) => ['clients', 'list', filter] as const,
};

export function useClientList(filter: ClientFilter) {
  return useQuery({
    queryKey: clientKeys.list(filter),
    queryFn: async () => {
      const { clients } = await call('clients.list', { query: filter.query || undefined, archived: filter.archived });
      return clients;
    },
    // Keep showing the last answer while the next search runs, instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

/** Every change to a client can move them between lists or searches, so all lists are refetched. */
function useClientMutation<Input>(mutationFn: (input: Input) => Promise<Client>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
}

export function useCreateClient() {
  return useClientMutation((draft: MethodInput<'clients.create'>) => call('clients.create', draft));
}

export function useUpdateClient() {
  return useClientMutation((changes: MethodInput<'clients.update'>) => call('clients.update', changes));
}

export function useArchiveClient() {
  return useClientMutation((id: string) => call('clients.archive', { id }));
}

export function useRestoreClient() {
  return useClientMutation((id: string) => call('clients.restore', { id }));
}
