import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import { call } from './call';

/**
 * Every cached answer is keyed by the method that produced it and its input: `['notes.get', { id }]`.
 * So a key can never be misspelt or shared by two readers by accident, and invalidation names
 * methods, which the compiler checks, rather than string prefixes kept by convention.
 */
export function rpcQueryKey<M extends MethodName>(method: M, input: MethodInput<M>): readonly [M, MethodInput<M>] {
  return [method, input] as const;
}

type RpcQueryOptions<M extends MethodName, T> = Omit<UseQueryOptions<MethodOutput<M>, Error, T, readonly [M, MethodInput<M>]>, 'queryKey' | 'queryFn'>;

/** A read through `call`, cached under its method and input; `select` picks what the screen needs. */
export function useRpcQuery<M extends MethodName, T = MethodOutput<M>>(method: M, input: MethodInput<M>, options: RpcQueryOptions<M, T> = {}) {
  return useQuery({ ...options, queryKey: rpcQueryKey(method, input), queryFn: () => call(method, input) });
}

/**
 * Reads ahead of the screen that needs the answer (a row hovered, focused or pressed), so that
 * screen finds it cached. An answer cached within `freshForMs` is not asked again; one never
 * used is dropped after that long, so a read ahead cannot stand in for a later reading. A failed
 * read ahead is not shown: the screen, once open, asks again and shows its own error.
 */
export function prefetchRpcQuery<M extends MethodName>(queryClient: QueryClient, method: M, input: MethodInput<M>, freshForMs: number): Promise<void> {
  return queryClient.query({ queryKey: rpcQueryKey(method, input), queryFn: () => call(method, input), staleTime: freshForMs, gcTime: freshForMs }).then(
    () => undefined,
    () => undefined,
  );
}

/** What a screen may say about a read it shares with others: how old a cached answer it accepts without asking again. */
export interface SharedReadOptions {
  /** An answer cached this recently, and not invalidated since, is used as it is on mount (react-query's staleTime). */
  staleTime?: number;
}

/** Marks every cached answer of these methods stale; those on screen refetch, the rest when next shown. */
export function invalidateMethods(queryClient: QueryClient, methods: readonly MethodName[]): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => (methods as readonly unknown[]).includes(query.queryKey[0]) });
}

/** Replaces (or updates) the cached answer of one call, e.g. with what a mutation answered. */
export function setRpcQueryData<M extends MethodName>(
  queryClient: QueryClient,
  method: M,
  input: MethodInput<M>,
  update: MethodOutput<M> | ((cached: MethodOutput<M> | undefined) => MethodOutput<M> | undefined),
): void {
  queryClient.setQueryData<MethodOutput<M>>(rpcQueryKey(method, input), update);
}

/** Drops the cached answer of one call, so the next reader asks main afresh. */
export function removeRpcQuery<M extends MethodName>(queryClient: QueryClient, method: M, input: MethodInput<M>): void {
  queryClient.removeQueries({ queryKey: rpcQueryKey(method, input), exact: true });
}

interface RpcMutationOptions<M extends MethodName> {
  /** Reads whose answers this change can alter: marked stale after it succeeds. */
  invalidates?: readonly MethodName[];
  /** Anything else to do with the answer (store it in the cache, say) before the invalidation. */
  onSuccess?: (output: MethodOutput<M>, queryClient: QueryClient) => void;
}

/** A change through `call`: what it invalidates is listed by method name beside it. */
export function useRpcMutation<M extends MethodName, Variables = MethodInput<M>>(
  method: M,
  options: RpcMutationOptions<M> & { toInput?: (variables: Variables) => MethodInput<M> } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => call(method, options.toInput ? options.toInput(variables) : (variables as unknown as MethodInput<M>)),
    onSuccess: (output) => {
      options.onSuccess?.(output, queryClient);
      if (options.invalidates) return invalidateMethods(queryClient, options.invalidates);
    },
  });
}
