import { keepPreviousData } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { useRpcQuery } from '../../rpc/rpc-queries';

const IDLE: MethodInput<'search.query'> = { query: '' };

/** Results for the input, best first; nothing is asked while input is null. */
export function useSearch(input: MethodInput<'search.query'> | null) {
  return useRpcQuery('search.query', input ?? IDLE, {
    select: ({ results }) => results,
    enabled: input !== null,
    // The last results stay while the next search runs, so the list does not flash empty per key.
    placeholderData: keepPreviousData,
  });
}
