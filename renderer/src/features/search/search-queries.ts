import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { call } from '../../rpc/call';

export const searchKeys = {
  all: ['search'] as const,
  query: (input: MethodInput<'search.query'>) => ['search', input] as const,
};

/** Results for the input, best first; nothing is asked while input is null. */
export function useSearch(input: MethodInput<'search.query'> | null) {
  return useQuery({
    queryKey: input ? searchKeys.query(input) : ['search', 'idle'],
    queryFn: async () => (await call('search.query', input!)).results,
    enabled: input !== null,
    // The last results stay while the next search runs, so the list does not flash empty per key.
    placeholderData: keepPreviousData,
  });
}
