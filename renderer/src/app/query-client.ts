import { QueryClient } from '@tanstack/react-query';

/**
 * Records come from a local process, not a network: a failure is an answer (LOCKED, NOT_FOUND...),
 * so retrying only delays it. Reads are cheap, so a screen refetches whenever it mounts.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
