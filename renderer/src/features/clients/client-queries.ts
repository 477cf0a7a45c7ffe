import { keepPreviousData } from '@tanstack/react-query';
import type { MethodInput, MethodName } from '../../../../shared/contract';
import { useRpcMutation, useRpcQuery } from '../../rpc/rpc-queries';

export interface ClientFilter {
  query: string;
  archived: boolean;
}

export function useClientList(filter: ClientFilter) {
  return useRpcQuery(
    'clients.list',
    { query: filter.query || undefined, archived: filter.archived },
    {
      select: ({ clients }) => clients,
      // Keep showing the last answer while the next search runs, instead of flashing an empty list.
      placeholderData: keepPreviousData,
    },
  );
}

/** Last dose, planned sessions, drafts and open homework per active client, by client id; asked apart from the list so the list is never held up by it. */
export function useCaseloadFacts() {
  return useRpcQuery('clients.caseload', {}, { select: ({ facts }) => new Map(facts.map((fact) => [fact.clientId, fact])) });
}

/** Every change to a client can move them between lists or searches, so all of them are refetched. */
const CLIENT_READS: readonly MethodName[] = ['clients.list', 'clients.get'];

export function useCreateClient() {
  return useRpcMutation('clients.create', { invalidates: CLIENT_READS });
}

export function useUpdateClient() {
  return useRpcMutation('clients.update', { invalidates: CLIENT_READS });
}

export function useArchiveClient() {
  return useRpcMutation('clients.archive', { invalidates: CLIENT_READS, toInput: (id: string): MethodInput<'clients.archive'> => ({ id }) });
}

export function useRestoreClient() {
  return useRpcMutation('clients.restore', { invalidates: CLIENT_READS, toInput: (id: string): MethodInput<'clients.restore'> => ({ id }) });
}
