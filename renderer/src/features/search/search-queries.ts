import { keepPreviousData } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/contract';
import { useRpcQuery } from '../../rpc/rpc-queries';

const IDLE: MethodInput<'search.query'> = { query: '' };

/** The answer for the input (results, their order, how many matched); nothing is asked while input is null. */
export function useSearch(input: MethodInput<'search.query'> | null) {
  return useRpcQuery('search.query', input ?? IDLE, {
    enabled: input !== null,
    // The last results stay while the next search runs, so the list does not flash empty per key or on "Show more".
    placeholderData: keepPreviousData,
  });
}
